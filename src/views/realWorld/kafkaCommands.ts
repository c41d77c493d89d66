import type { Scenario } from '../../scenario/schema'
import { BROKER_CONFIG_DEFAULTS, TOPIC_CONFIG_DEFAULTS } from '../../sim'
import { BOOTSTRAP, shellWord } from './snippet'

/** Kafka's command-line tools, spelled as a learner would type them (Kafka ≥ 3.0 names). */

type TopicSpec = Scenario['topics'][number]
type TopicConfig = TopicSpec['config']
type TopicConfigChange = { readonly [K in keyof TopicConfig]?: TopicConfig[K] | undefined }

const tool = (name: string, ...args: string[]): string =>
  [`${name}.sh`, '--bootstrap-server', BOOTSTRAP, ...args].join(' ')

/** `key=value` for every topic config that differs from Kafka's default. */
export function nonDefaultTopicConfig(config: TopicConfig): string[] {
  return (Object.keys(config) as (keyof TopicConfig)[])
    .filter((key) => config[key] !== TOPIC_CONFIG_DEFAULTS[key])
    .map((key) => `${key}=${String(config[key])}`)
}

/** `key=value` for every broker setting (server.properties) that differs from Kafka's default. */
export function nonDefaultBrokerConfig(broker: Scenario['broker']): string[] {
  return (Object.keys(broker) as (keyof Scenario['broker'])[])
    .filter((key) => broker[key] !== BROKER_CONFIG_DEFAULTS[key])
    .map((key) => `${key}=${String(broker[key])}`)
}

export function createTopic(topic: TopicSpec): string {
  const configs = nonDefaultTopicConfig(topic.config).flatMap((c) => ['--config', c])
  return tool(
    'kafka-topics',
    '--create',
    '--topic',
    shellWord(topic.name),
    '--partitions',
    String(topic.partitions),
    '--replication-factor',
    String(topic.replicationFactor),
    ...configs,
  )
}

export function alterTopicConfig(topic: string, change: TopicConfigChange): string {
  const pairs = Object.entries(change)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${String(value)}`)
  return tool(
    'kafka-configs',
    '--alter',
    '--entity-type',
    'topics',
    '--entity-name',
    shellWord(topic),
    '--add-config',
    pairs.join(','),
  )
}

export function deleteTopic(topic: string): string {
  return tool('kafka-topics', '--delete', '--topic', shellWord(topic))
}

/** `kafka-get-offsets`: the first offset at or after `time` (-1 = log end, -2 = log start). */
export function offsetsForTime(topic: string, time: number): string {
  return tool('kafka-get-offsets', '--topic', shellWord(topic), '--time', String(time))
}

export function deleteRecordsJson(topic: string, partition: number, offset: number): string {
  return JSON.stringify({ partitions: [{ topic, partition, offset }], version: 1 }, null, 2)
}

export function deleteRecords(file: string): string {
  return tool('kafka-delete-records', '--offset-json-file', file)
}

/**
 * Separators for the console producer's `key.separator`, in order of preference. It splits each
 * typed line at the first separator, so the separator must not occur in any key.
 */
export const KEY_SEPARATORS = [':', '|', ';', '~', '^', '#', '@', '%', '::', '||', ' => ', ' | ']

/** The first separator no key contains, or null when every candidate occurs in some key. */
export function keySeparatorFor(keys: readonly string[]): string | null {
  return KEY_SEPARATORS.find((sep) => keys.every((key) => !key.includes(sep))) ?? null
}

/** The console producer, with keys split at `separator` and, for tombstones, KIP-810's null marker. */
export function consoleProducer(topic: string, withTombstones: boolean, separator: string): string {
  return tool(
    'kafka-console-producer',
    '--topic',
    shellWord(topic),
    '--property',
    'parse.key=true',
    '--property',
    shellWord(`key.separator=${separator}`),
    ...(withTombstones ? ['--property', 'null.marker=NULL'] : []),
  )
}

export function consoleConsumer(
  topic: string,
  group: string,
  reset: string,
  maxRecords: number | null,
): string {
  return tool(
    'kafka-console-consumer',
    '--topic',
    shellWord(topic),
    '--group',
    shellWord(group),
    '--consumer-property',
    `auto.offset.reset=${reset}`,
    ...(maxRecords === null ? [] : ['--max-messages', String(maxRecords)]),
    '--property',
    'print.key=true',
    '--property',
    'print.offset=true',
  )
}

/** `kafka-consumer-groups --reset-offsets`, as a plan (`--dry-run`) or for real (`--execute`). */
export function resetGroupOffsets(
  group: string,
  scope: string,
  spec: string,
  mode: '--dry-run' | '--execute',
): string {
  return tool(
    'kafka-consumer-groups',
    '--group',
    shellWord(group),
    '--topic',
    shellWord(scope),
    '--reset-offsets',
    ...spec.split(' '),
    mode,
  )
}

/** `kafka-streams-application-reset` for a Kafka Streams app with the same inputs. */
export function streamsApplicationReset(
  applicationId: string,
  inputs: readonly string[],
  spec: string,
  dryRun: boolean,
): string {
  return tool(
    'kafka-streams-application-reset',
    '--application-id',
    shellWord(applicationId),
    '--input-topics',
    inputs.map(shellWord).join(','),
    ...spec.split(' '),
    ...(dryRun ? ['--dry-run'] : []),
  )
}
