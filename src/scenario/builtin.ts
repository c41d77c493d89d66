import { BROKER_CONFIG_DEFAULTS, TOPIC_CONFIG_DEFAULTS } from '../sim'
import type { Scenario, ScenarioInput } from './schema'

/**
 * The scenario the app opens with: a compacted table of user profiles (with deletes) next to an
 * activity stream of page views under time retention, small enough to read record by record.
 * Written out as parsing makes it, every default filled in, so that the first screen draws it
 * without the scenario schemas (zod and the checks, about 16 KB gzipped): they load when a link,
 * a file, a draft or an edit needs checking. builtin.test.ts holds it to what `parseScenario`
 * makes of it.
 */
export const defaultScenario: Scenario = {
  version: 3,
  name: 'Compaction and retention side by side',
  description:
    'user-profiles is compacted: the latest value per key survives and deleted users leave tombstones. ' +
    'page-views keeps one minute of activity: whole old segments are deleted.',
  seed: 7,
  durationMs: 180_000,
  sizeModel: 'records',
  tombstoneRule: 'kip-534',
  periodicMaintenance: true,
  broker: {
    ...BROKER_CONFIG_DEFAULTS,
    'log.retention.check.interval.ms': 10_000,
    'log.initial.task.delay.ms': 10_000,
  },
  cluster: { brokers: 1, hosts: 1, containerRestartMs: 5_000 },
  topics: [
    {
      name: 'user-profiles',
      partitions: 1,
      replicationFactor: 1,
      config: {
        ...TOPIC_CONFIG_DEFAULTS,
        'cleanup.policy': 'compact',
        'segment.bytes': 8,
        'delete.retention.ms': 60_000,
        'min.cleanable.dirty.ratio': 0.5,
      },
    },
    {
      name: 'page-views',
      partitions: 1,
      replicationFactor: 1,
      config: {
        ...TOPIC_CONFIG_DEFAULTS,
        'cleanup.policy': 'delete',
        'segment.ms': 20_000,
        'retention.ms': 60_000,
      },
    },
  ],
  producers: [
    {
      name: 'profile-service',
      topic: 'user-profiles',
      partition: null,
      recordsPerSecond: 0.5,
      startMs: 0,
      keys: { count: 6, prefix: 'user-', pick: 'uniform' },
      values: { pattern: 'choice', options: ['Ada', 'Grace', 'Edsger', 'Barbara', 'Ken', 'Radia'] },
      tombstonePerMille: 120,
      stopMs: 180_000,
    },
    {
      name: 'web-frontend',
      topic: 'page-views',
      partition: null,
      recordsPerSecond: 0.5,
      startMs: 0,
      keys: { count: 6, prefix: 'user-', pick: 'uniform' },
      values: { pattern: 'choice', options: ['/home', '/search', '/cart', '/checkout'] },
      tombstonePerMille: 0,
      stopMs: 180_000,
    },
  ],
  consumers: [
    {
      name: 'profile-reader',
      topic: 'user-profiles',
      partition: 0,
      'auto.offset.reset': 'earliest',
      'max.poll.records': 500,
      pollIntervalMs: 5_000,
      startMs: 0,
    },
  ],
  jobs: [],
  actions: [],
}

/** The default scenario as a file may hold it (for tests and scripts that build on it). */
export const DEFAULT_SCENARIO_INPUT: ScenarioInput = defaultScenario
