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
  /**
   * The wall clock at simulated time 0, in Unix epoch milliseconds (absent: 0). Times (`at`, the
   * clock) count from 0; record timestamps written in the scenario and shown outside the core are
   * epoch milliseconds, kept inside the core as simulated times (see `epoch.ts`).
   */
  readonly clockStartMs?: number | undefined
  readonly sizeModel: SizeModel
  readonly tombstoneRule: TombstoneRule
  /** When false, the retention task and the cleaner thread never run by themselves. */
  readonly periodicMaintenance: boolean
  readonly broker: BrokerConfig
  readonly cluster: ClusterSpec
  readonly topics: readonly TopicSpec[]
  readonly producers: readonly ProducerSpec[]
  readonly consumers: readonly ConsumerSpec[]
  readonly jobs: readonly JobSpec[]
  readonly actions: readonly ScenarioAction[]
}

/** The machines: Kafka brokers and the hosts job containers run on (YARN NodeManagers). */
export interface ClusterSpec {
  readonly brokers: number
  readonly hosts: number
  /** How long the cluster manager takes to restart a failed container (a simulator knob). */
  readonly containerRestartMs: number
}

export interface TopicSpec {
  readonly name: string
  readonly partitions: number
  readonly replicationFactor: number
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

/** What a consumer's restart may change; a setting left out takes the declared one. */
export interface ConsumerSettingsOverrides {
  readonly 'auto.offset.reset'?: AutoOffsetReset | undefined
}

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

/** What a built-in processor does with each input record (see `jobs/processors`). */
export type ProcessorSpec =
  | { readonly type: 'count' }
  | { readonly type: 'latest' }
  | { readonly type: 'enrich'; readonly table: string }

export type OffsetDefault = 'upcoming' | 'oldest'

/**
 * How a job writes a shared output: blindly, or only when its source record is not older than the
 * source of what the key holds, by record timestamp or by input offset (see `jobs/output`).
 */
export const OUTPUT_GUARDS = ['none', 'newer-source-timestamp', 'newer-input-offset'] as const
export type OutputGuard = (typeof OUTPUT_GUARDS)[number]

/** The settings a (re)start can change, as editing job.properties before `run-app.sh` does. */
export interface JobSettings {
  readonly 'samza.offset.default': OffsetDefault
  readonly 'samza.reset.offset': boolean
  /** null: derived from samza.offset.default (upcoming → latest, oldest → earliest). */
  readonly 'auto.offset.reset': 'earliest' | 'latest' | null
  readonly 'task.commit.ms': number
  readonly 'job.container.count': number
  /** `stores.<store>.changelog`; null means the store has no changelog. */
  readonly changelog: string | null
  readonly output: string | null
  readonly outputGuard: OutputGuard
  /** Records per second each task processes (a simulator knob, not a Samza config). */
  readonly processingRate: number
  /** Changelog records per second a task restores (a simulator knob). */
  readonly restoreRate: number
  /**
   * Samza's host affinity (with `LOGGED_STORE_BASE_DIR` outside the YARN container directory): a
   * container goes back to its last host and reopens the store it left there (see `jobs/localStores`).
   */
  readonly 'job.host-affinity.enabled': boolean
}

/** The settings a start changes; the others keep their current values. */
export type JobSettingsOverrides = {
  readonly [K in keyof JobSettings]?: JobSettings[K] | undefined
}

/** A Samza job (low-level API, Kafka system, GroupByPartition) as its job.properties describes it. */
export interface JobSpec extends JobSettings {
  readonly 'job.name': string
  readonly 'job.id': string
  readonly processor: ProcessorSpec
  /** `task.inputs`: topic names. An enrich processor's table is an extra (bootstrap) input. */
  readonly inputs: readonly string[]
  readonly store: string
  /** `stores.<store>.changelog.kafka.*`: topic configs for the changelog Samza creates. */
  readonly changelogConfig: TopicConfigOverrides
  /** When the job is first started, or null to start it only by an action. */
  readonly startMs: number | null
}

export interface CheckpointEntry {
  readonly topic: string
  readonly partition: number
  /** The last processed offset, as CheckpointTool writes it (the job resumes at offset + 1). */
  readonly offset: number
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
  | {
      /** A pass over this log whatever its dirty ratio, as Kafka's cleaner tests run one. */
      readonly type: 'cleaner.clean'
      readonly at: number
      readonly topic: string
      readonly partition: number
      /** Where the offset map starts; null: the checkpoint's first dirty offset. */
      readonly firstDirtyOffset: number | null
    }
  | {
      /** Writes this log's entry of the `cleaner-offset-checkpoint` file. */
      readonly type: 'cleaner.checkpoint'
      readonly at: number
      readonly topic: string
      readonly partition: number
      readonly offset: number
    }
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
      /**
       * One request to the broker instead of a whole poll(): a Fetch, or the ListOffsets that places a
       * consumer with no position or awaiting a reset (absent: false).
       */
      readonly singleRequest?: boolean | undefined
    }
  | {
      /**
       * The consumer closed and started again with its declared settings plus `set` (an earlier
       * restart's changes do not carry over). With no group and no committed offset it has no position.
       */
      readonly type: 'consumer.restart'
      readonly at: number
      readonly consumer: string
      readonly set: ConsumerSettingsOverrides
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
  | {
      readonly type: 'job.start'
      readonly at: number
      readonly job: string
      readonly set: JobSettingsOverrides
    }
  | { readonly type: 'job.stop'; readonly at: number; readonly job: string }
  | {
      readonly type: 'job.crash'
      readonly at: number
      readonly job: string
      readonly container: number
      /**
       * When the cluster manager starts the container again; absent: `cluster.containerRestartMs`;
       * null: never (retries exhausted), so the job fails until it is started again.
       */
      readonly restartAfterMs?: number | null | undefined
    }
  | { readonly type: 'job.decommission'; readonly at: number; readonly job: string }
  | {
      readonly type: 'checkpoint.write'
      readonly at: number
      readonly job: string
      /** CheckpointTool's `--new-offsets`, or null to look offsets up by `timestamp`. */
      readonly offsets: readonly CheckpointEntry[] | null
      readonly timestamp: number | null
    }
  | { readonly type: 'topic.delete'; readonly at: number; readonly topic: string }
  | {
      readonly type: 'broker.fail' | 'broker.recover'
      readonly at: number
      readonly broker: number
    }
  | { readonly type: 'host.fail' | 'host.recover'; readonly at: number; readonly host: number }

export type ScenarioActionType = ScenarioAction['type']
