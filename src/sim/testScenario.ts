/** Helpers for the core's tests: small scenarios built in code, with every default filled in. */
import fc from 'fast-check'
import { BROKER_CONFIG_DEFAULTS, TOPIC_CONFIG_DEFAULTS, withOverrides } from './log/config'
import type { TopicConfigOverrides } from './log/config'
import type {
  ConsumerSpec,
  JobSpec,
  ProducerSpec,
  ScenarioAction,
  SimScenario,
} from './simScenario'

export function testScenario(overrides: Partial<SimScenario> = {}): SimScenario {
  return {
    seed: 1,
    durationMs: 60_000,
    sizeModel: 'records',
    tombstoneRule: 'kip-534',
    periodicMaintenance: true,
    broker: withOverrides(BROKER_CONFIG_DEFAULTS, {
      'log.retention.check.interval.ms': 5_000,
      'log.initial.task.delay.ms': 1_000,
      'log.cleaner.backoff.ms': 2_000,
    }),
    cluster: { brokers: 1, hosts: 1, containerRestartMs: 5_000 },
    topics: [],
    producers: [],
    consumers: [],
    jobs: [],
    actions: [],
    ...overrides,
  }
}

/** Page views on partition 0 of `events`: 2 a second for 30 s, keys `page-0…2` in turn. */
export function testProducer(overrides: Partial<ProducerSpec> = {}): ProducerSpec {
  return {
    name: 'web',
    topic: 'events',
    partition: 0,
    recordsPerSecond: 2,
    startMs: 0,
    stopMs: 30_000,
    keys: { count: 3, prefix: 'page-', pick: 'sequential' },
    values: { pattern: 'index', prefix: 'v' },
    tombstonePerMille: 0,
    ...overrides,
  }
}

/** Consumer `c` of `events`-0 that polls only when an action says so, up to 100 records. */
export function testConsumer(overrides: Partial<ConsumerSpec> = {}): ConsumerSpec {
  return {
    name: 'c',
    topic: 'events',
    partition: 0,
    'auto.offset.reset': 'latest',
    'max.poll.records': 100,
    pollIntervalMs: null,
    startMs: 0,
    ...overrides,
  }
}

/** A count-by-key job over `inputs`, with Samza's defaults but a fast commit and small topics. */
export function testJob(overrides: Partial<JobSpec> = {}): JobSpec {
  return {
    'job.name': 'counter',
    'job.id': '1',
    processor: { type: 'count' },
    inputs: ['events'],
    store: 'counts',
    changelogConfig: { 'min.compaction.lag.ms': 0, 'segment.bytes': 4 },
    startMs: 0,
    'samza.offset.default': 'oldest',
    'samza.reset.offset': false,
    'auto.offset.reset': null,
    'task.commit.ms': 2_000,
    'job.container.count': 1,
    changelog: 'counter-changelog',
    output: 'counts',
    outputGuard: 'none',
    processingRate: 100,
    restoreRate: 1_000,
    'job.host-affinity.enabled': false,
    ...overrides,
  }
}

export function topic(
  name: string,
  config: TopicConfigOverrides,
  partitions = 1,
  replicationFactor = 1,
) {
  return {
    name,
    partitions,
    replicationFactor,
    config: withOverrides(TOPIC_CONFIG_DEFAULTS, config),
  }
}

export const actionArb = (durationMs: number): fc.Arbitrary<ScenarioAction> => {
  const at = fc.integer({ min: 0, max: durationMs })
  return fc.oneof(
    fc.record({
      type: fc.constant('produce' as const),
      at,
      topic: fc.constantFrom('table', 'events'),
      partition: fc.constant(null),
      records: fc.array(
        fc.record({
          key: fc.constantFrom('x', 'y', 'z'),
          value: fc.option(fc.constantFrom('1', '2'), { freq: 3 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    fc.record({
      type: fc.constant('roll' as const),
      at,
      topic: fc.constantFrom('table', 'events'),
      partition: fc.constant(0),
    }),
    fc.record({ type: fc.constant('cleaner.run' as const), at }),
    fc.record({
      type: fc.constant('cleaner.clean' as const),
      at,
      topic: fc.constant('table'),
      partition: fc.constant(0),
      firstDirtyOffset: fc.option(fc.integer({ min: 0, max: 30 })),
    }),
    fc.record({
      type: fc.constant('cleaner.checkpoint' as const),
      at,
      topic: fc.constant('table'),
      partition: fc.constant(0),
      offset: fc.integer({ min: 0, max: 30 }),
    }),
    fc.record({ type: fc.constant('retention.run' as const), at }),
    fc.record({
      type: fc.constant('deleteRecords' as const),
      at,
      topic: fc.constant('events'),
      partition: fc.constant(0),
      offset: fc.integer({ min: 0, max: 30 }),
    }),
    fc.record({
      type: fc.constant('consumer.fetch' as const),
      at,
      consumer: fc.constant('reader'),
      maxRecords: fc.constantFrom(null, 3),
      singleRequest: fc.boolean(),
    }),
    fc.record({
      type: fc.constant('consumer.seek' as const),
      at,
      consumer: fc.constant('reader'),
      offset: fc.constantFrom<number | 'earliest' | 'latest'>(0, 5, 'earliest', 'latest'),
    }),
    fc.record({ type: fc.constant('maintenance' as const), at, periodic: fc.boolean() }),
    fc.record({ type: fc.constant('job.stop' as const), at, job: fc.constant('counter_1') }),
    fc.record({
      type: fc.constant('job.start' as const),
      at,
      job: fc.constant('counter_1'),
      set: fc.constantFrom(
        {},
        { changelog: 'counter-changelog-v2' },
        { 'samza.reset.offset': true },
      ),
    }),
    fc.record({
      type: fc.constant('job.crash' as const),
      at,
      job: fc.constant('counter_1'),
      container: fc.constant(0),
    }),
    fc.record({
      type: fc.constant('checkpoint.write' as const),
      at,
      job: fc.constant('counter_1'),
      offsets: fc.constant([{ topic: 'table', partition: 0, offset: -1 }]),
      timestamp: fc.constant(null),
    }),
    fc.record({
      type: fc.constantFrom('broker.fail' as const, 'broker.recover' as const),
      at,
      broker: fc.constant(0),
    }),
    fc.record({
      type: fc.constantFrom('host.fail' as const, 'host.recover' as const),
      at,
      host: fc.constant(0),
    }),
    fc.record({
      type: fc.constant('topic.delete' as const),
      at,
      topic: fc.constantFrom('counter-changelog', 'counts'),
    }),
  )
}

/** Random small scenarios: a compacted table and a retained event stream, traffic and actions. */
export const scenarioArb: fc.Arbitrary<SimScenario> = fc
  .record({
    seed: fc.integer({ min: 0, max: 1000 }),
    durationMs: fc.integer({ min: 1_000, max: 40_000 }),
    periodic: fc.boolean(),
    rate: fc.integer({ min: 1, max: 20 }),
    segmentBytes: fc.integer({ min: 1, max: 8 }),
    tombstonePerMille: fc.integer({ min: 0, max: 300 }),
    tombstoneRule: fc.constantFrom<'kip-534' | 'legacy'>('kip-534', 'legacy'),
    jobStartMs: fc.option(fc.integer({ min: 0, max: 20_000 })),
    cleanerBytesPerSecond: fc.option(fc.integer({ min: 1, max: 50 })),
  })
  .chain((p) =>
    fc.array(actionArb(p.durationMs), { maxLength: 12 }).map((actions) =>
      testScenario({
        seed: p.seed,
        durationMs: p.durationMs,
        periodicMaintenance: p.periodic,
        tombstoneRule: p.tombstoneRule,
        broker: withOverrides(testScenario().broker, {
          'log.cleaner.io.max.bytes.per.second': p.cleanerBytesPerSecond ?? undefined,
        }),
        topics: [
          topic('table', {
            'cleanup.policy': 'compact',
            'segment.bytes': p.segmentBytes,
            'delete.retention.ms': 3_000,
          }),
          topic('events', { 'segment.bytes': p.segmentBytes, 'retention.ms': 5_000 }),
        ],
        producers: [
          {
            name: 'p1',
            topic: 'table',
            partition: null,
            recordsPerSecond: p.rate,
            startMs: 0,
            stopMs: p.durationMs,
            keys: { count: 5, prefix: 'k', pick: 'uniform' },
            values: { pattern: 'index', prefix: 'v' },
            tombstonePerMille: p.tombstonePerMille,
          },
          {
            name: 'p2',
            topic: 'events',
            partition: 0,
            recordsPerSecond: p.rate,
            startMs: 0,
            stopMs: p.durationMs,
            keys: null,
            values: { pattern: 'random', max: 100, prefix: '' },
            tombstonePerMille: 0,
          },
        ],
        consumers: [
          {
            name: 'reader',
            topic: 'events',
            partition: 0,
            'auto.offset.reset': 'earliest',
            'max.poll.records': 4,
            pollIntervalMs: 1_500,
            startMs: 0,
          },
        ],
        jobs: [testJob({ inputs: ['table'], startMs: p.jobStartMs })],
        actions: [...actions].sort((a, b) => a.at - b.at),
      }),
    ),
  )
