import { LONG_MAX, TOPIC_CONFIG_DEFAULTS } from '../../sim'
import type { SimScenario, TopicConfig, TopicConfigOverrides } from '../../sim'

/** Kafka 4's smallest `segment.bytes` a topic may have (LogConfig: at least 1 MiB). */
export const MIN_SEGMENT_BYTES = 1024 * 1024
const JAVA_LONG_MAX = '9223372036854775807'

/**
 * Where the configs go: the project's own test broker may use Kafka's test-only
 * `internal.segment.bytes` for segments smaller than 1 MiB; a user's cluster gets only public configs.
 */
export type ConfigTarget = 'test-broker' | 'cluster'

export interface BrokerConfigs {
  readonly configs: Map<string, string>
  /** Configs left out, and why (a user's cluster cannot take them as the scenario means them). */
  readonly leftOut: string[]
}

/**
 * The topic configs to send to a broker for a scenario topic's configs (or a change to them).
 * Every config is sent, defaults too, so the cluster's own defaults play no part; record
 * timestamps are CreateTime and may be as old as the scenario needs.
 */
export function brokerTopicConfigs(
  scenario: SimScenario,
  config: TopicConfigOverrides,
  target: ConfigTarget,
  withTimestampSettings: boolean,
): BrokerConfigs {
  const configs = new Map<string, string>()
  const leftOut: string[] = []
  const sizesAreBytes = scenario.sizeModel !== 'records'
  for (const key of Object.keys(TOPIC_CONFIG_DEFAULTS) as (keyof TopicConfig)[]) {
    const value = config[key]
    if (value === undefined) continue
    const text = value === LONG_MAX ? JAVA_LONG_MAX : String(value)
    if (key === 'segment.bytes' || key === 'retention.bytes') {
      // Sizes counted in records mean nothing to a broker; the defaults are bytes either way.
      if (!sizesAreBytes && value !== TOPIC_CONFIG_DEFAULTS[key]) {
        leftOut.push(`${key} ${text}: this scenario counts sizes in records, not bytes`)
        continue
      }
    }
    if (key === 'segment.bytes' && typeof value === 'number' && value < MIN_SEGMENT_BYTES) {
      if (target === 'test-broker') {
        configs.set('internal.segment.bytes', text)
        continue
      }
      leftOut.push(`segment.bytes ${text}: Kafka's minimum is ${String(MIN_SEGMENT_BYTES)}`)
      continue
    }
    configs.set(key, text)
  }
  if (withTimestampSettings) {
    configs.set('message.timestamp.type', 'CreateTime')
    configs.set('message.timestamp.before.max.ms', JAVA_LONG_MAX)
  }
  return { configs, leftOut }
}
