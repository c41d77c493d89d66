/**
 * For tests and benchmarks: valid scenarios that ask for far more work than their size suggests,
 * each built like a link a careless or hostile person could share.
 */
import { builtinScenario } from './builtinScenario'
import type { Scenario, ScenarioInput } from './schema'

/**
 * The 23.7 KB link of issue #16: a compacted topic of one-record segments
 * (`segment.bytes` 1, `min.cleanable.dirty.ratio` 0), a slow producer of distinct keys, and 5,000
 * `cleaner.run` actions, each pass reading every segment.
 */
export function cleanerStormInput(): ScenarioInput {
  return {
    version: 3,
    name: 'cleaner storm',
    durationMs: 3_600_000,
    topics: [
      {
        name: 'tiny-segments',
        config: {
          'cleanup.policy': 'compact',
          'segment.bytes': 1,
          'min.cleanable.dirty.ratio': 0,
        },
      },
    ],
    producers: [
      {
        name: 'slow',
        topic: 'tiny-segments',
        recordsPerSecond: 2,
        keys: { count: 1_000_000, pick: 'sequential' },
      },
    ],
    actions: Array.from({ length: 5_000 }, (_, i) => ({
      type: 'cleaner.run' as const,
      at: 1_000 + i * 700,
    })),
  }
}

/** A consumer polling every millisecond for three hours: 10.8 million polls. */
export function pollingStorm(): Scenario {
  return builtinScenario({
    version: 3,
    durationMs: 3 * 3_600_000,
    topics: [{ name: 'orders' }],
    consumers: [{ name: 'eager', topic: 'orders', pollIntervalMs: 1 }],
  })
}

/** A job whose container restarts every 0 ms once its only host is down, and never finds one. */
export function restartLoop(): Scenario {
  return builtinScenario({
    version: 3,
    durationMs: 60_000,
    cluster: { hosts: 1, containerRestartMs: 0 },
    topics: [{ name: 'events' }],
    producers: [{ name: 'p', topic: 'events', recordsPerSecond: 1, keys: { count: 3 } }],
    jobs: [{ 'job.name': 'counter', processor: { type: 'count' }, inputs: ['events'] }],
    actions: [
      { type: 'host.fail', at: 10_000, host: 0 },
      { type: 'host.recover', at: 50_000, host: 0 },
    ],
  })
}

export function cleanerStorm(): Scenario {
  return builtinScenario(cleanerStormInput())
}

/**
 * The 2.9M-record link of issue #16: one producer sending 1,000 records a second for 48 min 20 s,
 * just under the work budget, so it opens (after seconds of work) rather than being refused.
 */
export function nearBudgetRecords(): Scenario {
  return builtinScenario({
    version: 3,
    name: 'near the budget',
    durationMs: 2_900_000,
    topics: [{ name: 'events' }],
    producers: [
      { name: 'firehose', topic: 'events', recordsPerSecond: 1_000, keys: { count: 1_000 } },
    ],
  })
}
