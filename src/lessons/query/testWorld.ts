/** For the query tests: a small scenario, run the way the app runs it. */
import { builtinScenario } from '../../scenario/builtinScenario'
import type { ScenarioInput } from '../../scenario/schema'
import type { WorldSnapshot } from '../../sim'
import { createTimeline, snapshotWorld } from '../../sim'

/**
 * profiles (compacted, segments of 2 records): a=Ada, b=Bo, a=Al, c=Cy, d=Di at 1 to 5 s, the
 * cleaner at 6 s, reader reads it all at 5.5 s. views: k1, k1, k2 at 1, 1.5, 2 s into partition
 * 0, counted by counter_1 (commits every 2 s) into view-counts.
 */
export const QUERY_TEST_SCENARIO: ScenarioInput = {
  version: 3,
  durationMs: 10_000,
  periodicMaintenance: false,
  topics: [
    { name: 'profiles', config: { 'cleanup.policy': 'compact', 'segment.bytes': 2 } },
    { name: 'views', partitions: 2 },
  ],
  consumers: [{ name: 'reader', topic: 'profiles', 'auto.offset.reset': 'earliest' }],
  jobs: [
    {
      'job.name': 'counter',
      processor: { type: 'count' },
      inputs: ['views'],
      changelog: 'counter-changelog',
      output: 'view-counts',
      'samza.offset.default': 'oldest',
      'task.commit.ms': 2_000,
    },
  ],
  actions: [
    ...[
      ['a', 'Ada'],
      ['b', 'Bo'],
      ['a', 'Al'],
      ['c', 'Cy'],
      ['d', 'Di'],
    ].map(([key, value], i) => ({
      type: 'produce' as const,
      at: 1_000 * (i + 1),
      topic: 'profiles',
      records: [{ key: key ?? null, value: value ?? null }],
    })),
    ...[
      [1_000, 'k1'],
      [1_500, 'k1'],
      [2_000, 'k2'],
    ].map(([at, key]) => ({
      type: 'produce' as const,
      at: Number(at),
      topic: 'views',
      partition: 0,
      records: [{ key: String(key), value: 'x' }],
    })),
    { type: 'consumer.fetch', at: 5_500, consumer: 'reader' },
    { type: 'cleaner.run', at: 6_000 },
  ],
}

const timeline = createTimeline(builtinScenario(QUERY_TEST_SCENARIO))

export function queryTestWorld(t: number): WorldSnapshot {
  return snapshotWorld(timeline.worldAt(t))
}
