import type { BrokerConfig, TopicConfig, TopicConfigOverrides } from './log/config'
import type { TombstoneRule } from './log/cleaner'
import type { SizeModel } from './log/sizeModel'

/**
 * The scenario as the core consumes it: validated, with every default filled in and actions sorted
 * by time (stable). `src/scenario` parses untrusted JSON into this shape; the core trusts it.
 */
export interface SimScenario {
  readonly seed: number
  /** The scenario's horizon: the timeline runs from 0 to here. */
  readonly durationMs: number
  readonly sizeModel: SizeModel
  readonly tombstoneRule: TombstoneRule
  /** When false, the retention task and the cleaner thread never run by themselves. */
  readonly periodicMaintenance: boolean
  readonly broker: BrokerConfig
  readonly topics: readonly TopicSpec[]
  readonly producers: readonly ProducerSpec[]
  readonly consumers: readonly ConsumerSpec[]
  readonly actions: readonly ScenarioAction[]
}

export interface TopicSpec {
  readonly name: string
  readonly partitions: number
  readonly config: TopicConfig
}

export type ValuePattern =
  | { readonly pattern: 'index'; readonly prefix: string }
  | { readonly pattern: 'random'; readonly max: number; readonly prefix: string }
  | { readonly pattern: 'choice'; readonly options: readonly string[] }

/** Generated traffic: records at a fixed rate, keys drawn from a key space, seeded. */
export interface ProducerSpec {
  readonly name: string
  readonly topic: string
  /** A fixed partition, or null for Kafka's default partitioner (murmur2 of the key). */
  readonly partition: number | null
  readonly recordsPerSecond: number
  readonly startMs: number
  /** Exclusive end of production. */
  readonly stopMs: number
  /** null sends records without keys. */
  readonly keys: {
    readonly count: number
    readonly prefix: string
    readonly pick: 'uniform' | 'sequential'
  } | null
  readonly values: ValuePattern
  /** Share of records sent as tombstones (null value), in thousandths. */
  readonly tombstonePerMille: number
}

export type AutoOffsetReset = 'earliest' | 'latest' | 'none'

/** A plain Kafka consumer reading one partition. */
export interface ConsumerSpec {
  readonly name: string
  readonly topic: string
  readonly partition: number
  readonly 'auto.offset.reset': AutoOffsetReset
  readonly 'max.poll.records': number
  /** Polls every this many ms from `startMs`; null means it only fetches when an action says so. */
  readonly pollIntervalMs: number | null
  readonly startMs: number
}

export interface ProduceActionRecord {
  readonly key: string | null
  readonly value: string | null
  /** Defaults to the action's time (CreateTime = now). */
  readonly timestamp?: number | undefined
}

export type ScenarioAction =
  | {
      readonly type: 'produce'
      readonly at: number
      readonly topic: string
      readonly partition: number | null
      readonly records: readonly ProduceActionRecord[]
    }
  | {
      readonly type: 'roll'
      readonly at: number
      readonly topic: string
      readonly partition: number
    }
  | { readonly type: 'cleaner.run'; readonly at: number }
  | { readonly type: 'retention.run'; readonly at: number }
  | {
      readonly type: 'deleteRecords'
      readonly at: number
      readonly topic: string
      readonly partition: number
      readonly offset: number
    }
  | {
      readonly type: 'consumer.fetch'
      readonly at: number
      readonly consumer: string
      readonly maxRecords: number | null
    }
  | {
      readonly type: 'consumer.seek'
      readonly at: number
      readonly consumer: string
      readonly offset: number | 'earliest' | 'latest'
    }
  | {
      readonly type: 'topic.config'
      readonly at: number
      readonly topic: string
      readonly set: TopicConfigOverrides
    }
  | { readonly type: 'maintenance'; readonly at: number; readonly periodic: boolean }

export type ScenarioActionType = ScenarioAction['type']
