/** Workloads for `npm run bench`, parsed through the same boundary as any scenario. */
import { builtinScenario } from '../src/scenario/builtinScenario'
import type { Scenario } from '../src/scenario/schema'

/** One compacted partition receiving 1M updates over 10k keys; the cleaner runs as Kafka's would. */
export function compactedMillion(): Scenario {
  return builtinScenario({
    version: 3,
    name: 'bench: 1M-record compacted topic',
    seed: 1,
    durationMs: 100_000,
    broker: { 'log.cleaner.backoff.ms': 5_000 },
    topics: [{ name: 'table', config: { 'cleanup.policy': 'compact', 'segment.bytes': 20_000 } }],
    producers: [
      {
        name: 'updates',
        topic: 'table',
        partition: 0,
        recordsPerSecond: 10_000,
        stopMs: 100_000,
        keys: { count: 10_000, prefix: 'key-' },
        values: { pattern: 'index', prefix: 'v' },
        tombstonePerMille: 5,
      },
    ],
  })
}

interface PageViewsLoad {
  readonly name: string
  readonly recordsPerSecond: number
  readonly keys: number
  readonly topicConfig: { readonly 'retention.ms': number; readonly 'segment.bytes': number }
  readonly broker: Record<string, number>
  /** Records per second the live job and the reprocessing job can process. */
  readonly processingRates: readonly [number, number]
}

/**
 * Page views over 4 partitions for 100 s, a live count-by-key job and, from 50 s, a reprocessing
 * job (new job.id, `oldest`, own changelog and output); changelogs compacted.
 */
function pageViewsThroughTwoJobs(load: PageViewsLoad): Scenario {
  const counter = {
    'job.name': 'page-counter',
    processor: { type: 'count' as const },
    inputs: ['page-views'],
    changelogConfig: { 'min.compaction.lag.ms': 0, 'segment.bytes': 20_000 },
    'task.commit.ms': 10_000,
  }
  const [liveRate, rewoundRate] = load.processingRates
  return builtinScenario({
    version: 3,
    name: load.name,
    seed: 1,
    durationMs: 100_000,
    broker: load.broker,
    topics: [{ name: 'page-views', partitions: 4, config: load.topicConfig }],
    producers: [
      {
        name: 'web',
        topic: 'page-views',
        recordsPerSecond: load.recordsPerSecond,
        keys: { count: load.keys, prefix: 'page-' },
      },
    ],
    jobs: [
      { ...counter, changelog: 'counts-changelog', output: 'counts', processingRate: liveRate },
      {
        ...counter,
        'job.id': '2',
        startMs: 50_000,
        'samza.offset.default': 'oldest',
        changelog: 'counts-changelog-v2',
        output: 'counts-v2',
        processingRate: rewoundRate,
      },
    ],
  })
}

/** The full pipeline: 1M page views under time retention through the two jobs. */
export function pipelineMillion(): Scenario {
  return pageViewsThroughTwoJobs({
    name: 'bench: 1M input records through two jobs',
    recordsPerSecond: 10_000,
    keys: 10_000,
    topicConfig: { 'retention.ms': 60_000, 'segment.bytes': 20_000 },
    broker: { 'log.cleaner.backoff.ms': 5_000, 'log.retention.check.interval.ms': 10_000 },
    processingRates: [5_000, 20_000],
  })
}

/** 100k records over 1,000 keys in one partition, kept whole (no retention): the browser bench. */
export function hundredThousandRecords(): Scenario {
  return builtinScenario({
    version: 3,
    name: 'bench: 100k records',
    seed: 1,
    durationMs: 100_000,
    topics: [{ name: 'events', config: { 'retention.ms': -1, 'segment.bytes': 10_000 } }],
    producers: [
      {
        name: 'load',
        topic: 'events',
        partition: 0,
        recordsPerSecond: 1_000,
        keys: { count: 1_000, prefix: 'key-' },
        values: { pattern: 'index', prefix: 'v' },
        tombstonePerMille: 5,
      },
    ],
  })
}

/** The browser bench's scenario with jobs: 100k page views over 1,000 keys, kept whole. */
export function hundredThousandWithJobs(): Scenario {
  return pageViewsThroughTwoJobs({
    name: 'bench: 100k records through two jobs',
    recordsPerSecond: 1_000,
    keys: 1_000,
    topicConfig: { 'retention.ms': -1, 'segment.bytes': 10_000 },
    broker: { 'log.cleaner.backoff.ms': 5_000 },
    processingRates: [2_000, 5_000],
  })
}
