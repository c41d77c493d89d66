import type { SimScenario } from '../sim'
import {
  BROKER_CONFIG_DEFAULTS,
  CLEANUP_POLICIES,
  OUTPUT_GUARDS,
  TOPIC_CONFIG_DEFAULTS,
  tieredConfigProblem,
  withOverrides,
} from '../sim'
import { LIMITS } from './limits'
import { offClockMessage } from './offClockMessage'
import { z } from './zod'

/**
 * The scenario format version this build writes and reads (older ones go through migrations).
 * 2 added `branches`; 3 made each `job.start` run its job's declared settings plus its own `set`.
 */
export const SCENARIO_VERSION = 3

const int = (min: number, max: number = LIMITS.maxConfigValue) => z.number().int().min(min).max(max)
const time = () => int(0, LIMITS.durationMs)
const name = () =>
  z
    .string()
    .min(1)
    .max(LIMITS.nameLength)
    .regex(/^[A-Za-z0-9._-]+$/, 'use only letters, digits, ".", "_" and "-"')
const text = () => z.string().max(LIMITS.textLength)

/** `delete,compact` is the same policy as `compact,delete`; both spellings are accepted. */
const cleanupPolicy = z
  .enum([...CLEANUP_POLICIES, 'delete,compact'])
  .transform((p) => (p === 'delete,compact' ? 'compact,delete' : p))

const topicConfigFields = {
  'cleanup.policy': cleanupPolicy,
  'segment.bytes': int(1, 2 ** 31 - 1),
  'segment.ms': int(1),
  'segment.jitter.ms': int(0),
  'retention.ms': int(-1),
  'retention.bytes': int(-1),
  'delete.retention.ms': int(0),
  'min.compaction.lag.ms': int(0),
  'max.compaction.lag.ms': int(1),
  'min.cleanable.dirty.ratio': z.number().min(0).max(1),
  'remote.storage.enable': z.boolean(),
  'local.retention.ms': int(-2),
  'local.retention.bytes': int(-2),
}

const topicConfigOverrides = z.strictObject(topicConfigFields).partial()

const topicConfig = topicConfigOverrides
  .default({})
  .transform((overrides) => withOverrides(TOPIC_CONFIG_DEFAULTS, overrides))
  .refine((c) => c['max.compaction.lag.ms'] >= c['min.compaction.lag.ms'], {
    message: 'max.compaction.lag.ms must be at least min.compaction.lag.ms',
    path: ['max.compaction.lag.ms'],
  })
  .superRefine((c, ctx) => {
    const problem = tieredConfigProblem(c)
    if (problem !== null)
      ctx.addIssue({ code: 'custom', message: problem, path: ['remote.storage.enable'] })
  })

const brokerConfig = z
  .strictObject({
    'log.retention.check.interval.ms': int(1),
    'log.initial.task.delay.ms': int(0),
    'log.cleaner.enable': z.boolean(),
    // Kafka allows 0, which makes an idle cleaner spin; the simulator needs it to wait.
    'log.cleaner.backoff.ms': int(1),
    'log.cleaner.dedupe.buffer.size': int(24, 2 ** 31 - 1),
    'log.cleaner.io.buffer.load.factor': z.number().gt(0).max(1),
    'log.cleaner.io.max.bytes.per.second': z.number().gt(0),
    'num.partitions': int(1, LIMITS.partitionsPerTopic),
    'remote.log.manager.task.interval.ms': int(1),
  })
  .partial()
  .default({})
  .transform((overrides) => withOverrides(BROKER_CONFIG_DEFAULTS, overrides))
  .refine(
    (b) =>
      Math.floor(
        Math.floor(b['log.cleaner.dedupe.buffer.size'] / 24) *
          b['log.cleaner.io.buffer.load.factor'],
      ) >= 1,
    {
      message:
        'the offset map must hold at least one key: raise log.cleaner.dedupe.buffer.size (24 bytes per key)',
      path: ['log.cleaner.dedupe.buffer.size'],
    },
  )

const topic = z.strictObject({
  name: name(),
  partitions: int(1, LIMITS.partitionsPerTopic).default(1),
  // Kafka's default.replication.factor; more replicas than brokers is refused by references.ts.
  replicationFactor: int(1, LIMITS.brokers).default(1),
  config: topicConfig,
})

const values = z.discriminatedUnion('pattern', [
  z.strictObject({ pattern: z.literal('index'), prefix: text().default('v') }),
  z.strictObject({
    pattern: z.literal('random'),
    max: int(1, 1_000_000_000),
    prefix: text().default(''),
  }),
  z.strictObject({ pattern: z.literal('choice'), options: z.array(text()).min(1).max(100) }),
])

const producer = z.strictObject({
  name: name(),
  topic: name(),
  partition: int(0, LIMITS.partitionsPerTopic - 1)
    .nullable()
    .default(null),
  recordsPerSecond: z.number().gt(0).max(LIMITS.recordsPerSecond),
  startMs: time().default(0),
  stopMs: time().optional(),
  keys: z
    .strictObject({
      count: int(1, LIMITS.keySpace),
      prefix: text().default('key-'),
      pick: z.enum(['uniform', 'sequential']).default('uniform'),
    })
    .nullable(),
  values: values.default({ pattern: 'index', prefix: 'v' }),
  tombstonePerMille: int(0, 1000).default(0),
})

const autoOffsetReset = z.enum(['earliest', 'latest', 'none'])

const consumer = z.strictObject({
  name: name(),
  topic: name(),
  partition: int(0, LIMITS.partitionsPerTopic - 1).default(0),
  'auto.offset.reset': autoOffsetReset.default('latest'),
  'max.poll.records': int(1, 100_000).default(500),
  pollIntervalMs: int(1, LIMITS.durationMs).nullable().default(null),
  startMs: time().default(0),
})

const cluster = z
  .strictObject({
    brokers: int(1, LIMITS.brokers).default(1),
    hosts: int(1, LIMITS.hosts).default(1),
    containerRestartMs: int(0, LIMITS.durationMs).default(5_000),
  })
  .default({ brokers: 1, hosts: 1, containerRestartMs: 5_000 })

/** What a job start may change (all optional: unset takes the job's declared setting). */
const jobSettingsFields = {
  'samza.offset.default': z.enum(['upcoming', 'oldest']),
  'samza.reset.offset': z.boolean(),
  'auto.offset.reset': z.enum(['earliest', 'latest']).nullable(),
  'task.commit.ms': int(0, LIMITS.durationMs),
  'job.container.count': int(1, LIMITS.partitionsPerTopic),
  changelog: name().nullable(),
  output: name().nullable(),
  outputGuard: z.enum(OUTPUT_GUARDS),
  processingRate: z
    .number()
    .gt(0)
    .max(LIMITS.recordsPerSecond * 10),
  restoreRate: z
    .number()
    .gt(0)
    .max(LIMITS.recordsPerSecond * 100),
  'job.host-affinity.enabled': z.boolean(),
}

const processor = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('count') }),
  z.strictObject({ type: z.literal('latest') }),
  z.strictObject({ type: z.literal('enrich'), table: name() }),
])

/** Defaults are Samza's (`samza.offset.default=upcoming`, `task.commit.ms=60000`, one container). */
const job = z.strictObject({
  'job.name': name(),
  'job.id': name().default('1'),
  processor,
  inputs: z.array(name()).min(1).max(LIMITS.inputsPerJob),
  store: name().default('store'),
  changelogConfig: topicConfigOverrides.default({}),
  startMs: time().nullable().default(0),
  'samza.offset.default': jobSettingsFields['samza.offset.default'].default('upcoming'),
  'samza.reset.offset': jobSettingsFields['samza.reset.offset'].default(false),
  'auto.offset.reset': jobSettingsFields['auto.offset.reset'].default(null),
  'task.commit.ms': jobSettingsFields['task.commit.ms'].default(60_000),
  'job.container.count': jobSettingsFields['job.container.count'].default(1),
  changelog: jobSettingsFields.changelog.default(null),
  output: jobSettingsFields.output.default(null),
  outputGuard: jobSettingsFields.outputGuard.default('none'),
  processingRate: jobSettingsFields.processingRate.default(1_000),
  restoreRate: jobSettingsFields.restoreRate.default(5_000),
  'job.host-affinity.enabled': jobSettingsFields['job.host-affinity.enabled'].default(false),
})

const checkpointEntry = z.strictObject({
  topic: name(),
  partition: int(0, LIMITS.partitionsPerTopic - 1),
  // -1 is what CheckpointTool writes to resume at offset 0.
  offset: int(-1),
})

/**
 * A timestamp a scenario writes (a record's, CheckpointTool's): epoch milliseconds, from the
 * scenario's clock start to 30 days after it (checked against `clockStartMs` by `timestampsOffClock`).
 */
const timestamp = () => int(0, LIMITS.clockStartMs + LIMITS.durationMs)

const produceRecord = z.strictObject({
  key: text().nullable(),
  value: text().nullable(),
  timestamp: timestamp().optional(),
})

/** A job by its YARN application name, `<job.name>_<job.id>`. */
const jobRef = () =>
  z
    .string()
    .min(1)
    .max(LIMITS.nameLength * 2 + 1)

const partitionRef = { topic: name(), partition: int(0, LIMITS.partitionsPerTopic - 1).default(0) }

const action = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('produce'),
    at: time(),
    topic: name(),
    partition: int(0, LIMITS.partitionsPerTopic - 1)
      .nullable()
      .default(null),
    records: z.array(produceRecord).min(1).max(LIMITS.recordsPerProduceAction),
  }),
  z.strictObject({ type: z.literal('roll'), at: time(), ...partitionRef }),
  z.strictObject({ type: z.literal('cleaner.run'), at: time() }),
  z.strictObject({
    type: z.literal('cleaner.clean'),
    at: time(),
    ...partitionRef,
    firstDirtyOffset: int(0).nullable().default(null),
  }),
  z.strictObject({
    type: z.literal('cleaner.checkpoint'),
    at: time(),
    ...partitionRef,
    offset: int(0),
  }),
  z.strictObject({ type: z.literal('retention.run'), at: time() }),
  z.strictObject({ type: z.literal('deleteRecords'), at: time(), ...partitionRef, offset: int(0) }),
  z.strictObject({
    type: z.literal('consumer.fetch'),
    at: time(),
    consumer: name(),
    maxRecords: int(1, 100_000).nullable().default(null),
    singleRequest: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('consumer.restart'),
    at: time(),
    consumer: name(),
    set: z.strictObject({ 'auto.offset.reset': autoOffsetReset }).partial().default({}),
  }),
  z.strictObject({
    type: z.literal('consumer.seek'),
    at: time(),
    consumer: name(),
    offset: z.union([int(0), z.literal('earliest'), z.literal('latest')]),
  }),
  z.strictObject({
    type: z.literal('topic.config'),
    at: time(),
    topic: name(),
    set: topicConfigOverrides,
  }),
  z.strictObject({ type: z.literal('maintenance'), at: time(), periodic: z.boolean() }),
  z.strictObject({
    type: z.literal('job.start'),
    at: time(),
    job: jobRef(),
    set: z.strictObject(jobSettingsFields).partial().default({}),
  }),
  z.strictObject({ type: z.literal('job.stop'), at: time(), job: jobRef() }),
  z.strictObject({
    type: z.literal('job.crash'),
    at: time(),
    job: jobRef(),
    container: int(0, LIMITS.partitionsPerTopic - 1).default(0),
    restartAfterMs: int(0, LIMITS.durationMs).nullable().optional(),
  }),
  z.strictObject({ type: z.literal('job.decommission'), at: time(), job: jobRef() }),
  z
    .strictObject({
      type: z.literal('checkpoint.write'),
      at: time(),
      job: jobRef(),
      offsets: z
        .array(checkpointEntry)
        .min(1)
        .max(LIMITS.partitionsPerTopic * LIMITS.inputsPerJob)
        .nullable()
        .default(null),
      timestamp: timestamp().nullable().default(null),
    })
    .refine((a) => (a.offsets === null) !== (a.timestamp === null), {
      message: 'give either offsets (CheckpointTool --new-offsets) or a timestamp, not both',
    }),
  z.strictObject({ type: z.literal('topic.delete'), at: time(), topic: name() }),
  z.strictObject({
    type: z.enum(['broker.fail', 'broker.recover']),
    at: time(),
    broker: int(0, LIMITS.brokers - 1),
  }),
  z.strictObject({
    type: z.enum(['host.fail', 'host.recover']),
    at: time(),
    host: int(0, LIMITS.hosts - 1),
  }),
])

type Action = z.output<typeof action>
export { action as actionSchema, job as jobSchema }

/**
 * Record and CheckpointTool timestamps lie on the scenario's clock: from its start (`clockStartMs`,
 * epoch milliseconds; 0 without one) to 30 days after it, as the core keeps them as simulated times.
 */
function timestampsOffClock(
  start: number,
  actions: readonly Action[],
): { readonly path: (string | number)[]; readonly message: string }[] {
  const end = start + LIMITS.durationMs
  const problems: { path: (string | number)[]; message: string }[] = []
  const check = (value: number | null | undefined, path: (string | number)[]): void => {
    if (value === null || value === undefined || (value >= start && value <= end)) return
    problems.push({ path, message: offClockMessage(value, start, end) })
  }
  actions.forEach((a, i) => {
    if (a.type === 'produce')
      a.records.forEach((r, j) => {
        check(r.timestamp, ['actions', i, 'records', j, 'timestamp'])
      })
    else if (a.type === 'checkpoint.write') check(a.timestamp, ['actions', i, 'timestamp'])
  })
  return problems
}

/** The scenario file, version 3. Every default is Kafka's (or the simulator's, where Kafka has none). */
export const scenarioSchema = z
  .strictObject({
    version: z.literal(SCENARIO_VERSION),
    name: text().default('Untitled scenario'),
    description: text().default(''),
    seed: int(0, 2 ** 32 - 1).default(1),
    durationMs: int(1, LIMITS.durationMs),
    clockStartMs: int(0, LIMITS.clockStartMs).optional(),
    sizeModel: z.enum(['records', 'bytes', 'kafka-v2']).default('records'),
    tombstoneRule: z.enum(['kip-534', 'legacy']).default('kip-534'),
    periodicMaintenance: z.boolean().default(true),
    broker: brokerConfig,
    cluster,
    topics: z.array(topic).min(1).max(LIMITS.topics),
    producers: z.array(producer).max(LIMITS.producers).default([]),
    consumers: z.array(consumer).max(LIMITS.consumers).default([]),
    jobs: z.array(job).max(LIMITS.jobs).default([]),
    actions: z.array(action).max(LIMITS.actions).default([]),
  })
  .superRefine((s, ctx) => {
    for (const problem of timestampsOffClock(s.clockStartMs ?? 0, s.actions))
      ctx.addIssue({ code: 'custom', ...problem })
  })
  .transform((s) => ({
    ...s,
    producers: s.producers.map((p) => ({ ...p, stopMs: p.stopMs ?? s.durationMs })),
    // Stable sort: actions at the same time keep the order they were written in.
    actions: s.actions
      .map((a, i) => ({ a, i }))
      .sort((x, y) => x.a.at - y.a.at || x.i - y.i)
      .map((x) => x.a),
  }))

/** A validated scenario: what the core runs, plus its name and description. */
export type Scenario = z.output<typeof scenarioSchema>

/** Compile-time proof that a validated scenario is exactly what the core accepts. */
type AssertSimScenario<T extends SimScenario> = T
export type ValidatedSimScenario = AssertSimScenario<Scenario>

/** The scenario as written in a file (defaults may be left out). */
export type ScenarioInput = z.input<typeof scenarioSchema>
