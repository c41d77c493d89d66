/**
 * Topic and broker configuration, by Kafka's own names, with Kafka's defaults
 * (`LogConfig`, `ServerLogConfigs`, `CleanerConfig`). Sizes are in the scenario's size units
 * (see `sizeModel.ts`).
 */

/** Kafka's Long.MAX_VALUE is not a JavaScript number; the largest safe integer stands in for it. */
export const LONG_MAX = Number.MAX_SAFE_INTEGER

export const CLEANUP_POLICIES = ['delete', 'compact', 'compact,delete'] as const
export type CleanupPolicy = (typeof CLEANUP_POLICIES)[number]

export interface TopicConfig {
  readonly 'cleanup.policy': CleanupPolicy
  readonly 'segment.bytes': number
  readonly 'segment.ms': number
  readonly 'segment.jitter.ms': number
  readonly 'retention.ms': number
  readonly 'retention.bytes': number
  readonly 'delete.retention.ms': number
  readonly 'min.compaction.lag.ms': number
  readonly 'max.compaction.lag.ms': number
  readonly 'min.cleanable.dirty.ratio': number
  /** Tiered storage (KIP-405): rolled segments are copied to remote storage, "the archive". */
  readonly 'remote.storage.enable': boolean
  /** How long local copies are kept once archived; -2 means `retention.ms`. */
  readonly 'local.retention.ms': number
  /** How large the local log may grow once archived; -2 means `retention.bytes`. */
  readonly 'local.retention.bytes': number
}

const DAY_MS = 24 * 60 * 60 * 1000

/** `local.retention.ms`/`.bytes` value meaning "the same as `retention.ms`/`.bytes`". */
export const USE_TOTAL_RETENTION = -2

/** Topic config overrides, as a scenario or a config change gives them. */
export type TopicConfigOverrides = {
  readonly [K in keyof TopicConfig]?: TopicConfig[K] | undefined
}

/**
 * `base` with every defined field of `overrides` applied (a config change, or defaults filled in).
 * Copied with `Object.assign`, not spread: V8 gave each spread copy made here a hidden class of its
 * own, so every world's changelog configs and job settings had a new one, and the code reading them
 * on every append and task run was compiled again (and went megamorphic) for each.
 */
export function withOverrides<T extends object>(
  base: T,
  overrides: { readonly [K in keyof T]?: T[K] | undefined },
): T {
  const result: T = Object.assign({}, base)
  for (const key of Object.keys(overrides) as (keyof T)[]) {
    const value = overrides[key]
    if (value !== undefined) result[key] = value
  }
  return result
}

export const TOPIC_CONFIG_DEFAULTS: TopicConfig = {
  'cleanup.policy': 'delete',
  'segment.bytes': 1024 * 1024 * 1024,
  'segment.ms': 7 * DAY_MS,
  'segment.jitter.ms': 0,
  'retention.ms': 7 * DAY_MS,
  'retention.bytes': -1,
  'delete.retention.ms': DAY_MS,
  'min.compaction.lag.ms': 0,
  'max.compaction.lag.ms': LONG_MAX,
  'min.cleanable.dirty.ratio': 0.5,
  'remote.storage.enable': false,
  'local.retention.ms': USE_TOTAL_RETENTION,
  'local.retention.bytes': USE_TOTAL_RETENTION,
}

export interface BrokerConfig {
  readonly 'log.retention.check.interval.ms': number
  readonly 'log.initial.task.delay.ms': number
  readonly 'log.cleaner.enable': boolean
  readonly 'log.cleaner.backoff.ms': number
  readonly 'log.cleaner.dedupe.buffer.size': number
  readonly 'log.cleaner.io.buffer.load.factor': number
  /**
   * The cleaner's read and write budget, shared by its threads (Kafka's `Throttler`). Kafka's
   * default is Double.MaxValue, which never throttles: a pass then takes no simulated time.
   */
  readonly 'log.cleaner.io.max.bytes.per.second': number
  /** Partitions of a topic the broker creates on first use (`auto.create.topics.enable`). */
  readonly 'num.partitions': number
  /** How often the remote log manager copies rolled segments to the archive and expires them. */
  readonly 'remote.log.manager.task.interval.ms': number
}

export const BROKER_CONFIG_DEFAULTS: BrokerConfig = {
  'log.retention.check.interval.ms': 300_000,
  'log.initial.task.delay.ms': 30_000,
  'log.cleaner.enable': true,
  'log.cleaner.backoff.ms': 15_000,
  'log.cleaner.dedupe.buffer.size': 128 * 1024 * 1024,
  'log.cleaner.io.buffer.load.factor': 0.9,
  'log.cleaner.io.max.bytes.per.second': Number.MAX_VALUE,
  'num.partitions': 1,
  'remote.log.manager.task.interval.ms': 30_000,
}

/** Bytes per offset-map slot in Kafka's SkimpyOffsetMap (a 16-byte MD5 hash plus an 8-byte offset). */
const OFFSET_MAP_SLOT_BYTES = 24

/**
 * How many keys one cleaning pass can index: `floor(slots × load factor)` with
 * `slots = dedupe.buffer.size / 24` (one cleaner thread). A full map ends the pass early.
 */
export function offsetMapCapacity(broker: BrokerConfig): number {
  const slots = Math.floor(broker['log.cleaner.dedupe.buffer.size'] / OFFSET_MAP_SLOT_BYTES)
  return Math.floor(slots * broker['log.cleaner.io.buffer.load.factor'])
}

export function isCompacted(config: TopicConfig): boolean {
  return config['cleanup.policy'] !== 'delete'
}

export function hasDeletePolicy(config: TopicConfig): boolean {
  return config['cleanup.policy'] !== 'compact'
}

/**
 * The roll interval: `segment.ms`, or `min(segment.ms, max.compaction.lag.ms)` for a compacted topic
 * whose max lag is set, so the active segment of such a topic does not outlive the lag (KIP-354).
 */
export function maxSegmentMs(config: TopicConfig): number {
  const maxLag = config['max.compaction.lag.ms']
  return isCompacted(config) && maxLag > 0
    ? Math.min(config['segment.ms'], maxLag)
    : config['segment.ms']
}
