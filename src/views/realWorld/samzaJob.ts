import type { Scenario } from '../../scenario/schema'
import type { JobSettingsOverrides } from '../../sim'
import { appName, checkpointTopicName, jobKey } from '../../sim'
import { BOOTSTRAP, shellWord } from './snippet'

/**
 * A simulated job as the job.properties and commands of a real Samza job on YARN (low-level API,
 * Kafka system "kafka"), following ../shared/samza-semantics.md §8.1–§8.6.
 */

export type JobSpec = Scenario['jobs'][number]

/** The task class a real deployment would name for each built-in processor (illustrative). */
const TASK_CLASS = {
  count: 'rewindlab.CountPerKeyTask',
  latest: 'rewindlab.LatestValuePerKeyTask',
  enrich: 'rewindlab.EnrichWithTableTask',
} as const

/**
 * The properties file a learner would keep for this job, named by its key: two jobs can share a
 * YARN application name (`a_b`/`1` and `a`/`b_1`) but never a key, so never a file.
 */
export function propertiesFile(spec: JobSpec): string {
  return `${jobKey(spec)}.properties`
}

/** What Samza's own `_` → `-` rule makes of name and id for the coordinator stream. */
export function coordinatorStream(spec: JobSpec): string {
  const clean = (s: string): string => s.replaceAll('_', '-')
  return `__samza_coordinator_${clean(spec['job.name'])}_${clean(spec['job.id'])}`
}

function inputStreams(spec: JobSpec): string[] {
  const table = spec.processor.type === 'enrich' ? [spec.processor.table] : []
  return [...spec.inputs, ...table]
}

/** The settings lines that a start's `set` (or the spec) decides. */
export function settingLines(spec: JobSpec, set: JobSettingsOverrides): string[] {
  const lines: string[] = []
  const offsetDefault = set['samza.offset.default']
  if (offsetDefault !== undefined)
    lines.push(`systems.kafka.default.stream.samza.offset.default=${offsetDefault}`)
  if (set['samza.reset.offset'] !== undefined)
    for (const topic of inputStreams(spec))
      lines.push(`systems.kafka.streams.${topic}.samza.reset.offset=${set['samza.reset.offset']}`)
  const reset = set['auto.offset.reset']
  if (reset !== undefined)
    lines.push(
      reset === null
        ? '# systems.kafka.consumer.auto.offset.reset unset: derived from samza.offset.default'
        : `systems.kafka.consumer.auto.offset.reset=${reset}`,
    )
  if (set['task.commit.ms'] !== undefined) lines.push(`task.commit.ms=${set['task.commit.ms']}`)
  if (set['job.container.count'] !== undefined)
    lines.push(`job.container.count=${set['job.container.count']}`)
  const changelog = set.changelog
  if (changelog !== undefined)
    lines.push(
      changelog === null
        ? `# no stores.${spec.store}.changelog: the store is not backed up and starts empty`
        : `stores.${spec.store}.changelog=kafka.${changelog}`,
    )
  const output = set.output
  if (output !== undefined)
    lines.push(
      output === null
        ? '# no output stream'
        : `# output: the task code sends to kafka.${output} (a low-level task names its output in code)`,
    )
  const guard = set.outputGuard
  if (guard !== undefined && guard !== 'none')
    lines.push(
      '# simulator only: outputGuard is not a Samza setting. A real job gets the same effect in code:',
      guard === 'newer-source-timestamp'
        ? '# the writer stores the source record timestamp with each result and skips older ones'
        : '# the writer stores the input partition and offset with each result and skips earlier ones',
      '# (or the sink does a conditional upsert by key that rejects data older than what it holds)',
    )
  const affinity = set['job.host-affinity.enabled']
  if (affinity === true)
    lines.push(
      'job.host-affinity.enabled=true',
      '# and on every NodeManager a store directory that outlives the YARN container, e.g.',
      '# export LOGGED_STORE_BASE_DIR=/var/lib/samza-stores (else stores go with the container)',
    )
  else if (affinity === false) lines.push('job.host-affinity.enabled=false')
  if (set.processingRate !== undefined || set.restoreRate !== undefined)
    lines.push(
      '# simulator only: processingRate / restoreRate stand for how fast the code and machine are',
    )
  return lines
}

/** The whole job.properties of a job as the scenario declares it. */
export function jobProperties(spec: JobSpec): string[] {
  const bootstrap = spec.processor.type === 'enrich' ? [spec.processor.table] : []
  return [
    '# identity',
    `job.name=${spec['job.name']}`,
    `job.id=${spec['job.id']}`,
    'job.factory.class=org.apache.samza.job.yarn.YarnJobFactory',
    'job.default.system=kafka',
    '',
    '# Kafka system',
    'systems.kafka.samza.factory=org.apache.samza.system.kafka.KafkaSystemFactory',
    `systems.kafka.consumer.bootstrap.servers=${BOOTSTRAP}`,
    `systems.kafka.producer.bootstrap.servers=${BOOTSTRAP}`,
    ...bootstrap.map((table) => `systems.kafka.streams.${table}.samza.bootstrap=true`),
    '',
    '# task',
    `task.class=${TASK_CLASS[spec.processor.type]}`,
    `task.inputs=${inputStreams(spec)
      .map((t) => `kafka.${t}`)
      .join(',')}`,
    'task.checkpoint.factory=org.apache.samza.checkpoint.kafka.KafkaCheckpointManagerFactory',
    'task.checkpoint.system=kafka',
    '',
    '# local state',
    `stores.${spec.store}.factory=org.apache.samza.storage.kv.RocksDbKeyValueStorageEngineFactory`,
    `stores.${spec.store}.key.serde=string`,
    `stores.${spec.store}.msg.serde=${spec.processor.type === 'count' ? 'long' : 'string'}`,
    '',
    '# settings',
    ...settingLines(spec, {
      ...spec,
      'samza.reset.offset': spec['samza.reset.offset'] || undefined,
      'job.host-affinity.enabled': spec['job.host-affinity.enabled'] || undefined,
    }),
  ]
}

/** The topics and names a running job implies (§1.1, §8.1). */
export function impliedResources(spec: JobSpec, tasks: number): string[] {
  return [
    `# YARN application: ${appName(spec)}`,
    `# checkpoint topic: ${checkpointTopicName(spec)} (1 partition, compact)`,
    `# coordinator stream: ${coordinatorStream(spec)} (1 partition, compact)`,
    spec.changelog === null
      ? '# no changelog topic'
      : `# changelog topic: ${spec.changelog} (${tasks} partitions, one per task, compact)`,
    `# tasks: ${Array.from({ length: tasks }, (_, p) => `Partition ${p}`).join(', ')}`,
    `# consumer group id: ${spec['job.name']}-${spec['job.id']} (never has committed offsets)`,
  ]
}

const CONFIG_LOADER = [
  '--config job.config.loader.factory=org.apache.samza.config.loaders.PropertiesConfigLoaderFactory',
  '--config job.config.loader.properties.path=',
]

/** `checkpoint-tool.sh` (Samza ≥ 1.5): prints the checkpoint, or writes `newOffsetsFile`. */
export function checkpointTool(spec: JobSpec, newOffsetsFile?: string): string {
  const args = [
    'checkpoint-tool.sh',
    CONFIG_LOADER[0],
    `${CONFIG_LOADER[1]}${shellWord(propertiesFile(spec))}`,
  ]
  if (newOffsetsFile !== undefined) args.push(`--new-offsets=${shellWord(newOffsetsFile)}`)
  return args.join(' \\\n  ')
}

/** One CheckpointTool line: the task name's space escaped as Java properties need. */
export function checkpointLine(topic: string, partition: number, offset: number | string): string {
  return `tasknames.Partition\\ ${partition}.systems.kafka.streams.${topic}.partitions.${partition}=${offset}`
}

export function runApp(spec: JobSpec): string {
  return `run-app.sh --config-path=${shellWord(propertiesFile(spec))}`
}

export function killApp(spec: JobSpec): string {
  return `kill-yarn-job-by-name.sh ${shellWord(appName(spec))}`
}

/**
 * What a learner must know when other jobs share this one's YARN application name: Samza's
 * kill-yarn-job-by-name.sh stops an application only when exactly one running application has
 * the name (it exits with 150, killing nothing, when several do).
 */
export function killCaveats(spec: JobSpec, scenario: Scenario): string[] {
  const name = appName(spec)
  const others = scenario.jobs.filter((job) => job !== spec && appName(job) === name)
  if (others.length === 0) return []
  const keys = others.map((job) => jobKey(job)).join(', ')
  return [
    `${keys} is the YARN application ${name} too: while both run, kill-yarn-job-by-name.sh kills neither (several applications match, so it exits with 150); stop this one with kill-yarn-job.sh and its application id.`,
  ]
}
