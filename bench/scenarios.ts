/** Workloads for `npm run bench`, parsed through the same boundary as any scenario. */
import { builtinScenario } from '../src/scenario/builtin'
import type { Scenario } from '../src/scenario/schema'

/** One compacted partition receiving 1M updates over 10k keys; the cleaner runs as Kafka's would. */
export function compactedMillion(): Scenario {
  return builtinScenario({
    version: 1,
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

/** 100k records over 1,000 keys in one partition, kept whole (no retention): the browser bench. */
export function hundredThousandRecords(): Scenario {
  return builtinScenario({
    version: 1,
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
