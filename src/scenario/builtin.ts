import { parseScenario } from './parse'
import { describeProblems } from './problems'
import type { Scenario, ScenarioInput } from './schema'

/**
 * The scenario the app opens with: a compacted table of user profiles (with deletes) next to an
 * activity stream of page views under time retention, small enough to read record by record.
 */
export const DEFAULT_SCENARIO_INPUT: ScenarioInput = {
  version: 3,
  name: 'Compaction and retention side by side',
  description:
    'user-profiles is compacted: the latest value per key survives and deleted users leave tombstones. ' +
    'page-views keeps one minute of activity: whole old segments are deleted.',
  seed: 7,
  durationMs: 180_000,
  sizeModel: 'records',
  broker: { 'log.retention.check.interval.ms': 10_000, 'log.initial.task.delay.ms': 10_000 },
  topics: [
    {
      name: 'user-profiles',
      partitions: 1,
      config: {
        'cleanup.policy': 'compact',
        'segment.bytes': 8,
        'delete.retention.ms': 60_000,
        'min.cleanable.dirty.ratio': 0.5,
      },
    },
    {
      name: 'page-views',
      partitions: 1,
      config: { 'cleanup.policy': 'delete', 'segment.ms': 20_000, 'retention.ms': 60_000 },
    },
  ],
  producers: [
    {
      name: 'profile-service',
      topic: 'user-profiles',
      recordsPerSecond: 0.5,
      keys: { count: 6, prefix: 'user-' },
      values: { pattern: 'choice', options: ['Ada', 'Grace', 'Edsger', 'Barbara', 'Ken', 'Radia'] },
      tombstonePerMille: 120,
    },
    {
      name: 'web-frontend',
      topic: 'page-views',
      recordsPerSecond: 0.5,
      keys: { count: 6, prefix: 'user-' },
      values: { pattern: 'choice', options: ['/home', '/search', '/cart', '/checkout'] },
    },
  ],
  consumers: [
    {
      name: 'profile-reader',
      topic: 'user-profiles',
      'auto.offset.reset': 'earliest',
      pollIntervalMs: 5_000,
    },
  ],
}

/** Parses a scenario we ship; a failure is a bug in this repository, not bad input. */
export function builtinScenario(input: ScenarioInput): Scenario {
  const result = parseScenario(input)
  if (!result.ok)
    throw new Error(
      `built-in scenario "${String(input.name)}" is invalid: ${describeProblems(result.problems)}`,
    )
  return result.value
}

export const defaultScenario: Scenario = builtinScenario(DEFAULT_SCENARIO_INPUT)
