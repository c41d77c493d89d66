import type { Scenario } from '../../scenario/schema'
import { checkpointTopicName, jobKey } from '../../sim'
import { formatSimTime } from '../../derive/scene/format'
import {
  alterTopicConfig,
  consoleProducer,
  deleteRecords,
  deleteRecordsJson,
  deleteTopic,
  KEY_SEPARATORS,
  keySeparatorFor,
  offsetsForTime,
} from './kafkaCommands'
import type { JobSpec } from './samzaJob'
import {
  checkpointLine,
  checkpointTool,
  coordinatorStream,
  killApp,
  propertiesFile,
  runApp,
  settingLines,
} from './samzaJob'
import { cleanerCheckpointEdit, forcedCleanerPass } from './cleanerCommands'
import { consumerFetch, consumerRestart, consumerSeek } from './consumerCommands'
import type { DescribedAction as Described, RealWorldSection } from './snippet'
import { properties, shell } from './snippet'

type Action = Scenario['actions'][number]

const NO_COMMAND = {
  roll: 'Kafka has no command to roll a segment: a broker rolls on append when segment.bytes or segment.ms says so. This action stands for that moment.',
  cleaner:
    'There is no command to run the log cleaner now: each broker runs it on its own (log.cleaner.backoff.ms between idle checks). This action stands for a pass happening here.',
  retention:
    'There is no command to run a retention check now: each broker checks every log.retention.check.interval.ms. This action stands for a check happening here.',
  noCommit:
    'Stopping does not commit (SAMZA-2073): the next start resumes at the last periodic checkpoint and reprocesses, and re-sends, what came after it.',
}

const CAVEAT_NO_GROUP =
  'A Samza job keeps its position in its checkpoint topic, not in consumer-group offsets: kafka-consumer-groups --reset-offsets does nothing to it.'

/** The real commands an action stands for, as one section. */
export function actionSection(scenario: Scenario, action: Action, index: number): RealWorldSection {
  const { title, snippets, caveats } = describe(scenario, action)
  return { id: `action-${index}`, title, at: action.at, snippets, caveats }
}

function findJob(scenario: Scenario, app: string): JobSpec | undefined {
  return scenario.jobs.find((job) => jobKey(job) === app)
}

function describe(scenario: Scenario, action: Action): Described {
  switch (action.type) {
    case 'produce':
      return produce(action)
    case 'roll':
      return {
        title: `Roll ${action.topic}-${action.partition}`,
        snippets: [],
        caveats: [NO_COMMAND.roll],
      }
    case 'cleaner.run':
      return { title: 'Log cleaner pass', snippets: [], caveats: [NO_COMMAND.cleaner] }
    case 'cleaner.clean':
      return forcedCleanerPass(action)
    case 'cleaner.checkpoint':
      return cleanerCheckpointEdit(action)
    case 'retention.run':
      return { title: 'Retention check', snippets: [], caveats: [NO_COMMAND.retention] }
    case 'maintenance':
      return {
        title: action.periodic ? 'Broker maintenance back on' : 'Broker maintenance paused',
        snippets: [],
        caveats: [
          'A simulator switch: real brokers always run retention checks and the cleaner on their schedules.',
        ],
      }
    case 'deleteRecords':
      return {
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
      }
    case 'consumer.fetch':
      return consumerFetch(scenario, action)
    case 'consumer.seek':
      return consumerSeek(scenario, action)
    case 'consumer.restart':
      return consumerRestart(scenario, action)
    case 'topic.config':
      return {
        title: `Change the config of ${action.topic}`,
        snippets: [shell('Shell', alterTopicConfig(action.topic, action.set))],
        caveats: [],
      }
    case 'topic.delete':
      return {
        title: `Delete topic ${action.topic}`,
        snippets: [shell('Shell', deleteTopic(action.topic))],
        caveats: [
          'Needs delete.topic.enable=true on the brokers (the default); deletion is asynchronous.',
        ],
      }
    case 'broker.fail':
      return {
        title: `Broker ${action.broker} fails`,
        snippets: [
          shell(`On broker ${action.broker} (or the machine dies)`, 'kafka-server-stop.sh'),
        ],
        caveats: [
          'Leadership of its partitions moves to an in-sync replica; a partition with none left goes offline.',
        ],
      }
    case 'broker.recover':
      return {
        title: `Broker ${action.broker} comes back`,
        snippets: [
          shell(
            `On broker ${action.broker}`,
            'kafka-server-start.sh -daemon config/server.properties',
          ),
        ],
        caveats: ['Its replicas catch up from the leaders and rejoin the ISR.'],
      }
    case 'host.fail':
    case 'host.recover':
      return {
        title:
          action.type === 'host.fail'
            ? `Host ${action.host} is lost`
            : `Host ${action.host} is back`,
        snippets: [],
        caveats: [
          'No command: YARN restarts the lost containers on other NodeManagers, and each task restores its store from its changelog there.',
        ],
      }
    case 'job.start':
    case 'job.stop':
    case 'job.crash':
    case 'job.decommission':
    case 'checkpoint.write':
      return jobAction(scenario, action)
  }
}

function produce(action: Extract<Action, { type: 'produce' }>): Described {
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

type JobAction = Extract<
  Action,
  { type: 'job.start' | 'job.stop' | 'job.crash' | 'job.decommission' | 'checkpoint.write' }
>

function jobAction(scenario: Scenario, action: JobAction): Described {
  const spec = findJob(scenario, action.job)
  if (!spec)
    return {
      title: `${action.type} ${action.job}`,
      snippets: [],
      caveats: [`No job is named ${action.job}.`],
    }
  switch (action.type) {
    case 'job.start': {
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
    case 'job.stop':
      return {
        title: `Stop ${action.job}`,
        snippets: [shell('Shell', killApp(spec))],
        caveats: [NO_COMMAND.noCommit],
      }
    case 'job.crash':
      return {
        title: `Container ${action.container} of ${action.job} crashes`,
        snippets: [],
        caveats: [
          'No command: the container JVM dies (e.g. kill -9 on its NodeManager) and YARN starts it again.',
          'It resumes from the last checkpoint: outputs since then are sent again; the store is rolled back to the checkpoint (transactional state).',
        ],
      }
    case 'job.decommission':
      return decommission(spec)
    case 'checkpoint.write':
      return checkpointWrite(spec, action)
  }
}

function decommission(spec: JobSpec): Described {
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
    caveats: ['Delete the old output topic too once no reader remains.'],
  }
}

function checkpointWrite(
  spec: JobSpec,
  action: Extract<Action, { type: 'checkpoint.write' }>,
): Described {
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
