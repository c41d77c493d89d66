import type { TopicConfig } from './config'
import { isCompacted, USE_TOTAL_RETENTION } from './config'

/**
 * Tiered storage's config rules (KIP-405, `LogConfig.validateNoRemoteStorageForCompactedTopic`,
 * `validateRemoteStorageRetentionTime` and `…RetentionSize`), checked on the whole config after a
 * change, as the broker checks the topic's configs combined. Null when the config is acceptable.
 *
 * Simplification: the broker always has tiered storage available (as with
 * `remote.log.storage.system.enable=true` and a remote storage plugin configured).
 */
export function tieredConfigProblem(config: TopicConfig): string | null {
  if (!config['remote.storage.enable']) return null
  if (isCompacted(config)) {
    return 'remote storage cannot be enabled on a compacted topic (Kafka refuses cleanup.policy with compact)'
  }
  return (
    localRetentionProblem(config, 'local.retention.ms', 'retention.ms') ??
    localRetentionProblem(config, 'local.retention.bytes', 'retention.bytes')
  )
}

function localRetentionProblem(
  config: TopicConfig,
  local: 'local.retention.ms' | 'local.retention.bytes',
  total: 'retention.ms' | 'retention.bytes',
): string | null {
  const localValue = config[local]
  const totalValue = config[total]
  // An unlimited total leaves the local setting free; -2 always follows the total.
  if (totalValue < 0 || localValue === USE_TOTAL_RETENTION) return null
  if (localValue === -1) return `${local} cannot be -1 (unlimited) while ${total} is ${totalValue}`
  if (localValue > totalValue)
    return `${local} (${localValue}) cannot exceed ${total} (${totalValue})`
  return null
}

/** Whether the topic's rolled segments go to the archive (`remote.storage.enable`). */
export function isTiered(config: TopicConfig): boolean {
  return config['remote.storage.enable']
}

/**
 * The time limit for local segments (`UnifiedLog.localRetentionMs`): `local.retention.ms` on a
 * tiered topic, -2 standing for `retention.ms`; `retention.ms` otherwise.
 */
export function localRetentionMs(config: TopicConfig): number {
  const local = config['local.retention.ms']
  return isTiered(config) && local !== USE_TOTAL_RETENTION ? local : config['retention.ms']
}

/** The size limit for local segments, as `localRetentionMs` for `local.retention.bytes`. */
export function localRetentionBytes(config: TopicConfig): number {
  const local = config['local.retention.bytes']
  return isTiered(config) && local !== USE_TOTAL_RETENTION ? local : config['retention.bytes']
}
