import type { Scenario } from '../../../scenario/schema'
import { checkpointTopicName, jobKey } from '../../../sim'
import { formatSimTime } from '../../../derive/scene/format'
import type { ActionKind, ActionOf } from '../../actions/actionKind'
import { deleteTopic, offsetsForTime } from '../kafkaCommands'
import type { JobSpec } from '../samzaJob'
import {
  checkpointLine,
  checkpointTool,
  coordinatorStream,
  killApp,
  killCaveats,
  propertiesFile,
  runApp,
  settingLines,
} from '../samzaJob'
import type { DescribedAction as Described } from '../snippet'
import { properties, shell } from '../snippet'
import type { CommandsFor } from './types'

type JobKind = 'job.start' | 'job.stop' | 'job.crash' | 'job.decommission' | 'checkpoint.write'

const CAVEAT_NO_GROUP =
  'A Samza job keeps its position in its checkpoint topic, not in consumer-group offsets: kafka-consumer-groups --reset-offsets does nothing to it.'

/** The commands of an action on the job it names; a job the scenario lacks is said instead. */
function onJob<K extends ActionKind & JobKind>(
  describe: (spec: JobSpec, action: ActionOf<K>, scenario: Scenario) => Described,
): (action: ActionOf<K> & { readonly job: string }, scenario: Scenario) => Described {
  return (action, scenario) => {
    const spec = scenario.jobs.find((job) => jobKey(job) === action.job)
    return spec
      ? describe(spec, action, scenario)
      : {
          title: `${action.type} ${action.job}`,
          snippets: [],
          caveats: [`No job is named ${action.job}.`],
        }
  }
}

function start(spec: JobSpec, action: ActionOf<'job.start'>): Described {
  const changes = settingLines(spec, action.set)
  return {
    title: `Start ${action.job}`,
    snippets: [
      ...(changes.length > 0 ? [properties(`Edit ${propertiesFile(spec)}`, changes)] : []),
      shell('Shell', runApp(spec)),
    ],
    caveats: action.set['samza.reset.offset']
      ? [
          'samza.reset.offset=true applies at every start, restarts after failures included: remove it once the rewind is done.',
        ]
      : [],
  }
}

function decommission(
  spec: JobSpec,
  _action: ActionOf<'job.decommission'>,
  scenario: Scenario,
): Described {
  const topics = [checkpointTopicName(spec), ...(spec.changelog === null ? [] : [spec.changelog])]
  return {
    title: `Shut down ${jobKey(spec)} and delete its checkpoint and changelog`,
    snippets: [
      shell(
        'Shell',
        killApp(spec),
        ...topics.map(deleteTopic),
        `${deleteTopic(coordinatorStream(spec))}   # optional housekeeping`,
      ),
    ],
    caveats: [
      ...killCaveats(spec, scenario),
      'Delete the old output topic too once no reader remains.',
    ],
  }
}

/** CheckpointTool with the offsets given, or with those looked up for a time. */
function checkpointWrite(spec: JobSpec, action: ActionOf<'checkpoint.write'>): Described {
  const file = 'rewind.properties'
  const before = [shell('Inspect the current checkpoint (job stopped)', checkpointTool(spec))]
  const write = shell('Write it while the job is stopped', checkpointTool(spec, file))
  if (action.offsets !== null) {
    return {
      title: `Edit the checkpoint of ${jobKey(spec)}`,
      snippets: [
        ...before,
        properties(
          file,
          action.offsets.map((o) => checkpointLine(o.topic, o.partition, o.offset)),
        ),
        write,
      ],
      caveats: [
        'A checkpoint holds the last processed offset: to start at offset N, write N−1.',
        CAVEAT_NO_GROUP,
      ],
    }
  }
  const at = action.timestamp ?? 0
  return {
    title: `Rewind ${jobKey(spec)} to ${formatSimTime(at)}`,
    snippets: [
      ...before,
      shell(
        'Look up the first offset at or after that time, per input',
        ...spec.inputs.map((t) => offsetsForTime(t, at)),
      ),
      properties(
        `${file} (each offset it printed, minus one)`,
        spec.inputs.map((t) => checkpointLine(t, 0, '<offset − 1>')),
      ),
      write,
    ],
    caveats: [
      'Simulated time starts at 0; on a real cluster pass epoch milliseconds to --time.',
      'Write one line per task and input partition (Partition 0, Partition 1, …).',
      CAVEAT_NO_GROUP,
    ],
  }
}

/** A Samza job's actions: run-app.sh, kill-yarn-job.sh, CheckpointTool, and a container dying. */
export const JOB_COMMANDS: CommandsFor<JobKind> = {
  'job.start': onJob(start),
  'job.stop': onJob((spec, action, scenario) => ({
    title: `Stop ${action.job}`,
    snippets: [shell('Shell', killApp(spec))],
    caveats: [
      ...killCaveats(spec, scenario),
      'Stopping does not commit (SAMZA-2073): the next start resumes at the last periodic checkpoint and reprocesses, and re-sends, what came after it.',
    ],
  })),
  'job.crash': onJob((_spec, action) => ({
    title: `Container ${action.container} of ${action.job} crashes`,
    snippets: [],
    caveats: [
      'No command: the container JVM dies (e.g. kill -9 on its NodeManager) and YARN starts it again.',
      'It resumes from the last checkpoint: outputs since then are sent again; the store is rolled back to the checkpoint (transactional state).',
    ],
  })),
  'job.decommission': onJob(decommission),
  'checkpoint.write': onJob(checkpointWrite),
}
