import type { ActionOf } from '../../actions/actionKind'
import { alterTopicConfig } from '../kafkaCommands'
import type { DescribedAction as Described } from '../snippet'
import { shell } from '../snippet'
import type { CommandsFor } from './types'

/**
 * A forced pass: Kafka has no command for one. Its tests hand `Cleaner.clean` the log and range they
 * want; on a cluster the nearest is a dirty ratio threshold of 0, so any cleanable byte makes the log
 * eligible at the thread's next look.
 */
function forcedCleanerPass(action: ActionOf<'cleaner.clean'>): Described {
  const log = `${action.topic}-${String(action.partition)}`
  const from =
    action.firstDirtyOffset === null ? '' : ` from offset ${String(action.firstDirtyOffset)}`
  return {
    title: `Forced cleaning pass over ${log}${from}`,
    snippets: [
      shell(
        'Nearest on a cluster: make the log eligible at once',
        alterTopicConfig(action.topic, { 'min.cleanable.dirty.ratio': 0 }),
      ),
    ],
    caveats: [
      'Kafka has no command to clean one chosen log now, nor to choose where its pass starts: Kafka’s own tests (LogCleanerTest) call the cleaner directly with the range they want. Setting min.cleanable.dirty.ratio to 0 lets the cleaner thread pick the log at its next look, from its checkpoint; set the ratio back afterwards.',
    ],
  }
}

/**
 * Setting the cleaner checkpoint: no command writes it. Each log directory holds a
 * `cleaner-offset-checkpoint` text file (a version line, a count line, then `topic partition offset`
 * per log), which a broker reads at start and rewrites as it cleans.
 */
function cleanerCheckpointEdit(action: ActionOf<'cleaner.checkpoint'>): Described {
  const entry = `${action.topic} ${String(action.partition)} ${String(action.offset)}`
  return {
    title: `Set the cleaner checkpoint of ${action.topic}-${String(action.partition)} to ${String(action.offset)}`,
    snippets: [
      shell('On the broker, while it is stopped', 'kafka-server-stop.sh'),
      {
        label: '<log.dirs>/cleaner-offset-checkpoint (this log’s line; keep the others)',
        language: 'csv',
        text: ['0', '1', entry].join('\n'),
      },
      shell('Then', 'kafka-server-start.sh -daemon config/server.properties'),
    ],
    caveats: [
      'Kafka has no command for this: the checkpoint lives in the cleaner-offset-checkpoint file of the log directory holding the partition, read when the broker starts. The second line counts the entries. An offset below the log start offset or above the log end offset is reset to the log start offset at the cleaner’s next look.',
    ],
  }
}

/** The log cleaner's actions: a pass of the cleaner thread, a forced pass, a checkpoint edit. */
export const CLEANER_COMMANDS: CommandsFor<'cleaner.run' | 'cleaner.clean' | 'cleaner.checkpoint'> =
  {
    'cleaner.run': () => ({
      title: 'Log cleaner pass',
      snippets: [],
      caveats: [
        'There is no command to run the log cleaner now: each broker runs it on its own (log.cleaner.backoff.ms between idle checks). This action stands for a pass happening here.',
      ],
    }),
    'cleaner.clean': forcedCleanerPass,
    'cleaner.checkpoint': cleanerCheckpointEdit,
  }
