import type { ActionOf } from '../../actions/actionKind'
import {
  alterTopicConfig,
  consoleProducer,
  deleteRecords,
  deleteRecordsJson,
  KEY_SEPARATORS,
  keySeparatorFor,
} from '../kafkaCommands'
import type { DescribedAction as Described } from '../snippet'
import { shell } from '../snippet'
import type { CommandsFor } from './types'

/** A console producer session typing the records, with what it cannot do said beside it. */
function produce(action: ActionOf<'produce'>): Described {
  const tombstones = action.records.some((r) => r.value === null)
  const keys = action.records.flatMap((r) => (r.key === null ? [] : [r.key]))
  const title = `Produce ${action.records.length} record${action.records.length === 1 ? '' : 's'} to ${action.topic}`
  const separator = keySeparatorFor(keys)
  if (separator === null) {
    return {
      title,
      snippets: [],
      caveats: [
        `Every separator the console producer could split at (${KEY_SEPARATORS.map((s) => `"${s}"`).join(', ')}) occurs in one of these keys: send them with a client that sets the key itself.`,
      ],
    }
  }
  const lines = action.records.map((r) => `${r.key ?? ''}${separator}${r.value ?? 'NULL'}`)
  const caveats = [
    ...(action.partition === null
      ? []
      : [
          'The console producer picks the partition from the key; to write one partition use a client with an explicit partition.',
        ]),
    ...(action.records.some((r) => r.timestamp !== undefined)
      ? [
          'Explicit record timestamps need a client (ProducerRecord with a timestamp); the console producer stamps the current time.',
        ]
      : []),
    ...(action.records.some((r) => r.key === null)
      ? ['A record with no key: type the line without a key only with parse.key=false.']
      : []),
  ]
  return {
    title,
    snippets: [
      shell('Shell', consoleProducer(action.topic, tombstones, separator)),
      {
        label: `Then type (key${separator}value, split at the first ${separator})`,
        language: 'shell',
        text: lines.join('\n'),
      },
    ],
    caveats: tombstones
      ? [...caveats, 'NULL is the null marker (KIP-810): that record is a tombstone.']
      : caveats,
  }
}

/** The log's own actions: producing, rolling, retention, DeleteRecords and topic configs. */
export const LOG_COMMANDS: CommandsFor<
  'produce' | 'roll' | 'retention.run' | 'maintenance' | 'deleteRecords' | 'topic.config'
> = {
  produce,
  roll: (action) => ({
    title: `Roll ${action.topic}-${action.partition}`,
    snippets: [],
    caveats: [
      'Kafka has no command to roll a segment: a broker rolls on append when segment.bytes or segment.ms says so. This action stands for that moment.',
    ],
  }),
  'retention.run': () => ({
    title: 'Retention check',
    snippets: [],
    caveats: [
      'There is no command to run a retention check now: each broker checks every log.retention.check.interval.ms. This action stands for a check happening here.',
    ],
  }),
  maintenance: (action) => ({
    title: action.periodic ? 'Broker maintenance back on' : 'Broker maintenance paused',
    snippets: [],
    caveats: [
      'A simulator switch: real brokers always run retention checks and the cleaner on their schedules.',
    ],
  }),
  deleteRecords: (action) => ({
    title: `Delete records of ${action.topic}-${action.partition} below offset ${action.offset}`,
    snippets: [
      {
        label: 'delete.json',
        language: 'json',
        text: deleteRecordsJson(action.topic, action.partition, action.offset),
      },
      shell('Shell', deleteRecords('delete.json')),
    ],
    caveats: [
      'DeleteRecords moves the log start offset; whole segments below it go at the next retention check.',
    ],
  }),
  'topic.config': (action) => ({
    title: `Change the config of ${action.topic}`,
    snippets: [shell('Shell', alterTopicConfig(action.topic, action.set))],
    caveats: [],
  }),
}
