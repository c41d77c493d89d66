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

const int = (min: number, max: number = LIMITS.maxConfigValue) =>
  z.number().check(z.int(), z.gte(min), z.lte(max))
const time = () => int(0, LIMITS.durationMs)
const name = () =>
  z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(LIMITS.nameLength),
      z.regex(/^[A-Za-z0-9._-]+$/, 'use only letters, digits, ".", "_" and "-"'),
    )
const text = () => z.string().check(z.maxLength(LIMITS.textLength))

/** `delete,compact` is the same policy as `compact,delete`; both spellings are accepted. */
const cleanupPolicy = z.pipe(
  z.enum([...CLEANUP_POLICIES, 'delete,compact']),
  z.transform((p) => (p === 'delete,compact' ? 'compact,delete' : p)),
)

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
  'min.cleanable.dirty.ratio': z.number().check(z.gte(0), z.lte(1)),
  'remote.storage.enable': z.boolean(),
  'local.retention.ms': int(-2),
  'local.retention.bytes': int(-2),
}

const topicConfigOverrides = z.partial(z.strictObject(topicConfigFields))

const topicConfig = z
  .pipe(
    z._default(topicConfigOverrides, {}),
    z.transform((overrides) => withOverrides(TOPIC_CONFIG_DEFAULTS, overrides)),
  )
  .check(
    z.refine((c) => c['max.compaction.lag.ms'] >= c['min.compaction.lag.ms'], {
      message: 'max.compaction.lag.ms must be at least min.compaction.lag.ms',
      path: ['max.compaction.lag.ms'],
    }),
    z.superRefine((c, ctx) => {
      const problem = tieredConfigProblem(c)
      if (problem !== null)
        ctx.addIssue({ code: 'custom', message: problem, path: ['remote.storage.enable'] })
    }),
  )

const brokerConfigOverrides = z.partial(
  z.strictObject({
    'log.retention.check.interval.ms': int(1),
    'log.initial.task.delay.ms': int(0),
    'log.cleaner.enable': z.boolean(),
    // Kafka allows 0, which makes an idle cleaner spin; the simulator needs it to wait.
    'log.cleaner.backoff.ms': int(1),
    'log.cleaner.dedupe.buffer.size': int(24, 2 ** 31 - 1),
    'log.cleaner.io.buffer.load.factor': z.number().check(z.gt(0), z.lte(1)),
    'log.cleaner.io.max.bytes.per.second': z.number().check(z.gt(0)),
    'num.partitions': int(1, LIMITS.partitionsPerTopic),
    'remote.log.manager.task.interval.ms': int(1),
  }),
)

const brokerConfig = z
  .pipe(
    z._default(brokerConfigOverrides, {}),
    z.transform((overrides) => withOverrides(BROKER_CONFIG_DEFAULTS, overrides)),
  )
  .check(
    z.refine(
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
    ),
  )

const topic = z.strictObject({
  name: name(),
  partitions: z._default(int(1, LIMITS.partitionsPerTopic), 1),
  // Kafka's default.replication.factor; more replicas than brokers is refused by references.ts.
  replicationFactor: z._default(int(1, LIMITS.brokers), 1),
  config: topicConfig,
})

const values = z.discriminatedUnion('pattern', [
  z.strictObject({ pattern: z.literal('index'), prefix: z._default(text(), 'v') }),
  z.strictObject({
    pattern: z.literal('random'),
    max: int(1, 1_000_000_000),
    prefix: z._default(text(), ''),
  }),
  z.strictObject({
    pattern: z.literal('choice'),
    options: z.array(text()).check(z.minLength(1), z.maxLength(100)),
  }),
])

const producer = z.strictObject({
  name: name(),
  topic: name(),
  partition: z._default(z.nullable(int(0, LIMITS.partitionsPerTopic - 1)), null),
  recordsPerSecond: z.number().check(z.gt(0), z.lte(LIMITS.recordsPerSecond)),
  startMs: z._default(time(), 0),
  stopMs: z.optional(time()),
  keys: z.nullable(
    z.strictObject({
      count: int(1, LIMITS.keySpace),
      prefix: z._default(text(), 'key-'),
      pick: z._default(z.enum(['uniform', 'sequential']), 'uniform'),
    }),
  ),
  values: z._default(values, { pattern: 'index', prefix: 'v' }),
  tombstonePerMille: z._default(int(0, 1000), 0),
})

const autoOffsetReset = z.enum(['earliest', 'latest', 'none'])

const consumer = z.strictObject({
  name: name(),
  topic: name(),
  partition: z._default(int(0, LIMITS.partitionsPerTopic - 1), 0),
  'auto.offset.reset': z._default(autoOffsetReset, 'latest'),
  'max.poll.records': z._default(int(1, 100_000), 500),
  pollIntervalMs: z._default(z.nullable(int(1, LIMITS.durationMs)), null),
  startMs: z._default(time(), 0),
})

const cluster = z._default(
  z.strictObject({
    brokers: z._default(int(1, LIMITS.brokers), 1),
    hosts: z._default(int(1, LIMITS.hosts), 1),
    containerRestartMs: z._default(int(0, LIMITS.durationMs), 5_000),
  }),
  { brokers: 1, hosts: 1, containerRestartMs: 5_000 },
)

/** What a job start may change (all optional: unset takes the job's declared setting). */
const jobSettingsFields = {
  'samza.offset.default': z.enum(['upcoming', 'oldest']),
  'samza.reset.offset': z.boolean(),
  'auto.offset.reset': z.nullable(z.enum(['earliest', 'latest'])),
  'task.commit.ms': int(0, LIMITS.durationMs),
  'job.container.count': int(1, LIMITS.partitionsPerTopic),
  changelog: z.nullable(name()),
  output: z.nullable(name()),
  outputGuard: z.enum(OUTPUT_GUARDS),
  processingRate: z.number().check(z.gt(0), z.lte(LIMITS.recordsPerSecond * 10)),
  restoreRate: z.number().check(z.gt(0), z.lte(LIMITS.recordsPerSecond * 100)),
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
  'job.id': z._default(name(), '1'),
  processor,
  inputs: z.array(name()).check(z.minLength(1), z.maxLength(LIMITS.inputsPerJob)),
  store: z._default(name(), 'store'),
  changelogConfig: z._default(topicConfigOverrides, {}),
  startMs: z._default(z.nullable(time()), 0),
  'samza.offset.default': z._default(jobSettingsFields['samza.offset.default'], 'upcoming'),
  'samza.reset.offset': z._default(jobSettingsFields['samza.reset.offset'], false),
  'auto.offset.reset': z._default(jobSettingsFields['auto.offset.reset'], null),
  'task.commit.ms': z._default(jobSettingsFields['task.commit.ms'], 60_000),
  'job.container.count': z._default(jobSettingsFields['job.container.count'], 1),
  changelog: z._default(jobSettingsFields.changelog, null),
  output: z._default(jobSettingsFields.output, null),
  outputGuard: z._default(jobSettingsFields.outputGuard, 'none'),
  processingRate: z._default(jobSettingsFields.processingRate, 1_000),
  restoreRate: z._default(jobSettingsFields.restoreRate, 5_000),
  'job.host-affinity.enabled': z._default(jobSettingsFields['job.host-affinity.enabled'], false),
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
  key: z.nullable(text()),
  value: z.nullable(text()),
  timestamp: z.optional(timestamp()),
})

/** A job by its YARN application name, `<job.name>_<job.id>`. */
const jobRef = () => z.string().check(z.minLength(1), z.maxLength(LIMITS.nameLength * 2 + 1))

const partitionRef = {
  topic: name(),
  partition: z._default(int(0, LIMITS.partitionsPerTopic - 1), 0),
}

const action = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('produce'),
    at: time(),
    topic: name(),
    partition: z._default(z.nullable(int(0, LIMITS.partitionsPerTopic - 1)), null),
    records: z
      .array(produceRecord)
      .check(z.minLength(1), z.maxLength(LIMITS.recordsPerProduceAction)),
  }),
  z.strictObject({ type: z.literal('roll'), at: time(), ...partitionRef }),
  z.strictObject({ type: z.literal('cleaner.run'), at: time() }),
  z.strictObject({
    type: z.literal('cleaner.clean'),
    at: time(),
    ...partitionRef,
    firstDirtyOffset: z._default(z.nullable(int(0)), null),
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
    maxRecords: z._default(z.nullable(int(1, 100_000)), null),
    singleRequest: z.optional(z.boolean()),
  }),
  z.strictObject({
    type: z.literal('consumer.restart'),
    at: time(),
    consumer: name(),
    set: z._default(z.partial(z.strictObject({ 'auto.offset.reset': autoOffsetReset })), {}),
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
    set: z._default(z.partial(z.strictObject(jobSettingsFields)), {}),
  }),
  z.strictObject({ type: z.literal('job.stop'), at: time(), job: jobRef() }),
  z.strictObject({
    type: z.literal('job.crash'),
    at: time(),
    job: jobRef(),
    container: z._default(int(0, LIMITS.partitionsPerTopic - 1), 0),
    restartAfterMs: z.optional(z.nullable(int(0, LIMITS.durationMs))),
  }),
  z.strictObject({ type: z.literal('job.decommission'), at: time(), job: jobRef() }),
  z
    .strictObject({
      type: z.literal('checkpoint.write'),
      at: time(),
      job: jobRef(),
      offsets: z._default(
        z.nullable(
          z
            .array(checkpointEntry)
            .check(z.minLength(1), z.maxLength(LIMITS.partitionsPerTopic * LIMITS.inputsPerJob)),
        ),
        null,
      ),
      timestamp: z._default(z.nullable(timestamp()), null),
    })
    .check(
      z.refine((a) => (a.offsets === null) !== (a.timestamp === null), {
        message: 'give either offsets (CheckpointTool --new-offsets) or a timestamp, not both',
      }),
    ),
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

/** A list of at most `max` items, none when left out. */
const listOf = <T extends z.core.SomeType>(item: T, max: number) =>
  z._default(z.array(item).check(z.maxLength(max)), [])

/** The scenario file, version 3. Every default is Kafka's (or the simulator's, where Kafka has none). */
export const scenarioSchema = z.pipe(
  z
    .strictObject({
      version: z.literal(SCENARIO_VERSION),
      name: z._default(text(), 'Untitled scenario'),
      description: z._default(text(), ''),
      seed: z._default(int(0, 2 ** 32 - 1), 1),
      durationMs: int(1, LIMITS.durationMs),
      clockStartMs: z.optional(int(0, LIMITS.clockStartMs)),
      sizeModel: z._default(z.enum(['records', 'bytes', 'kafka-v2']), 'records'),
      tombstoneRule: z._default(z.enum(['kip-534', 'legacy']), 'kip-534'),
      periodicMaintenance: z._default(z.boolean(), true),
      broker: brokerConfig,
      cluster,
      topics: z.array(topic).check(z.minLength(1), z.maxLength(LIMITS.topics)),
      producers: listOf(producer, LIMITS.producers),
      consumers: listOf(consumer, LIMITS.consumers),
      jobs: listOf(job, LIMITS.jobs),
      actions: listOf(action, LIMITS.actions),
    })
    .check(
      z.superRefine((s, ctx) => {
        for (const problem of timestampsOffClock(s.clockStartMs ?? 0, s.actions))
          ctx.addIssue({ code: 'custom', ...problem })
      }),
    ),
  z.transform((s) => ({
    ...s,
    producers: s.producers.map((p) => ({ ...p, stopMs: p.stopMs ?? s.durationMs })),
    // Stable sort: actions at the same time keep the order they were written in.
    actions: s.actions
      .map((a, i) => ({ a, i }))
      .sort((x, y) => x.a.at - y.a.at || x.i - y.i)
      .map((x) => x.a),
  })),
)

/** A validated scenario: what the core runs, plus its name and description. */
export type Scenario = z.output<typeof scenarioSchema>

/** Compile-time proof that a validated scenario is exactly what the core accepts. */
type AssertSimScenario<T extends SimScenario> = T
export type ValidatedSimScenario = AssertSimScenario<Scenario>

/** The scenario as written in a file (defaults may be left out). */
export type ScenarioInput = z.input<typeof scenarioSchema>
