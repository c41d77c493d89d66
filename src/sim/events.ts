import type { TopicConfigOverrides } from './log/config'
import type { RollReason } from './log/partition'
import type { RetentionReason } from './log/retention'
import type {
  AutoOffsetReset,
  CheckpointEntry,
  OutputGuard,
  ScenarioActionType,
} from './simScenario'

/** Where a partition-level event happened. */
interface At {
  readonly time: number
  readonly topic: string
  readonly partition: number
}

/**
 * What the engine says happened. Narration, markers and counters are folds over these. An event that
 * a scripted action emitted while it ran carries that action's index (see `CausedByAction`).
 */
export type SimEvent = SimEventBody & CausedByAction

/**
 * `actionIndex`: the position of the scenario action whose run emitted the event, in the scenario's
 * actions in time order (stable), absent for the engine's own events. What an action sets in motion
 * later (a job's restore, a container's restart) is the engine's own work and carries no index.
 */
export interface CausedByAction {
  readonly actionIndex?: number
}

type SimEventBody =
  | (At & {
      readonly type: 'record.appended'
      readonly offset: number
      /** The base offset of the batch the record was appended in (what a replay sends as one). */
      readonly batchBaseOffset: number
      readonly key: string | null
      readonly value: string | null
      readonly timestamp: number
      readonly producer: string | null
    })
  | (At & {
      readonly type: 'produce.rejected'
      readonly error:
        | 'INVALID_RECORD'
        | 'RECORD_BATCH_TOO_LARGE'
        | 'UNKNOWN_TOPIC_OR_PARTITION'
        | 'LEADER_NOT_AVAILABLE'
      readonly reason: string
      readonly count: number
      readonly producer: string | null
    })
  | (At & {
      readonly type: 'segment.rolled'
      readonly baseOffset: number
      readonly reason: RollReason
    })
  | (At & {
      readonly type: 'segment.deleted'
      readonly baseOffset: number
      readonly endOffset: number
      readonly recordCount: number
      readonly newestTimestamp: number
      readonly reason: RetentionReason
      /** Present when the archive still holds the records (a tiered topic's local copy went). */
      readonly archived?: true
    })
  | (At & {
      readonly type: 'segment.archived'
      readonly baseOffset: number
      readonly endOffset: number
      readonly recordCount: number
    })
  | (At & {
      readonly type: 'archive.segmentDeleted'
      readonly baseOffset: number
      readonly endOffset: number
      readonly recordCount: number
      readonly reason: RetentionReason
    })
  | (At & {
      readonly type: 'localLogStartOffset.advanced'
      readonly from: number
      readonly to: number
    })
  | (At & {
      readonly type: 'logStartOffset.advanced'
      readonly from: number
      readonly to: number
      readonly cause: 'retention' | 'deleteRecords'
    })
  | {
      readonly type: 'retention.checked'
      readonly time: number
      readonly by: 'retention task' | 'cleaner thread' | 'action'
      readonly logs: number
      readonly segmentsDeleted: number
    }
  | (At & {
      readonly type: 'cleaner.pass'
      readonly firstDirtyOffset: number
      readonly endOffset: number
      readonly firstUncleanableOffset: number
      readonly dirtyRatio: number
      readonly forcedByMaxLag: boolean
      readonly partial: boolean
      readonly recordsRead: number
      readonly recordsRemoved: number
      readonly tombstonesStamped: number
      readonly tombstonesDropped: number
      readonly segmentsBefore: number
      readonly segmentsAfter: number
      /** Present when the pass took time (a throttled cleaner): when it began. */
      readonly startedAt?: number
      /** Present when an action forced this pass on this log (`cleaner.clean`). */
      readonly forced?: true
    })
  | (At & {
      readonly type: 'cleaner.passStarted'
      readonly firstDirtyOffset: number
      readonly firstUncleanableOffset: number
      readonly dirtyRatio: number
      /** What the pass reads and writes, in size units, against the throttle. */
      readonly ioBytes: number
      readonly endsAt: number
      readonly forced?: true
    })
  | (At & { readonly type: 'cleaner.passAborted'; readonly reason: string })
  | (At & {
      readonly type: 'cleaner.checkpointSet'
      readonly from: number | null
      readonly to: number
    })
  | (At & {
      readonly type: 'tombstone.stamped'
      readonly offset: number
      readonly key: string
      readonly deleteHorizonMs: number
    })
  | (At & { readonly type: 'tombstone.dropped'; readonly offset: number; readonly key: string })
  | {
      readonly type: 'cleaner.idle'
      readonly time: number
      readonly nextIterationAt: number | null
      readonly reason: string
    }
  | (At & { readonly type: 'records.deleted'; readonly offset: number })
  | (At & {
      readonly type: 'consumer.fetched'
      readonly consumer: string
      readonly from: number
      readonly count: number
      /** The offsets delivered, in order (compaction and retention can leave gaps). */
      readonly offsets: readonly number[]
      readonly firstOffset: number | null
      readonly lastOffset: number | null
      readonly nextPosition: number
      /** Present when the broker served the fetch from the archive (tiered storage). */
      readonly fromArchive?: true
    })
  | (At & {
      readonly type: 'consumer.offsetOutOfRange'
      readonly consumer: string
      readonly position: number
      readonly reset: AutoOffsetReset
      readonly newPosition: number | null
      /** Offsets the consumer will never see because of the reset. */
      readonly skipped: number
      /**
       * Present when one Fetch request (not a whole poll) got the error: the consumer only marks the
       * partition for reset, and its next request (ListOffsets) moves it (`consumer.offsetReset`).
       */
      readonly awaitingReset?: true
    })
  | (At & {
      /** The ListOffsets step after an out-of-range Fetch request: `auto.offset.reset` moves the position. */
      readonly type: 'consumer.offsetReset'
      readonly consumer: string
      /** The out-of-range offset the consumer had asked for. */
      readonly position: number
      readonly reset: 'earliest' | 'latest'
      readonly newPosition: number
      /** Offsets the consumer will never see because of the reset. */
      readonly skipped: number
    })
  | (At & {
      /**
       * A poll (or single request) while the partition has no leader: nothing is read, the position
       * stays, and the consumer keeps LEADER_NOT_AVAILABLE as its error until a fetch succeeds.
       */
      readonly type: 'consumer.fetchFailed'
      readonly consumer: string
      readonly error: 'LEADER_NOT_AVAILABLE'
      /** The position it would have read from; null before it has one. */
      readonly position: number | null
    })
  | (At & {
      /**
       * A poll with no position and `auto.offset.reset=none`: the Java consumer throws
       * NoOffsetForPartitionException and reads nothing; the position stays undefined.
       */
      readonly type: 'consumer.noOffset'
      readonly consumer: string
    })
  | (At & {
      /** A new consumer instance: no position, `auto.offset.reset` as declared plus the restart's `set`. */
      readonly type: 'consumer.restarted'
      readonly consumer: string
      readonly autoOffsetReset: AutoOffsetReset
    })
  | (At & {
      readonly type: 'consumer.positioned'
      readonly consumer: string
      readonly position: number
      readonly cause: 'seek' | 'no committed offset'
    })
  | {
      readonly type: 'topic.configChanged'
      readonly time: number
      readonly topic: string
      readonly changes: TopicConfigOverrides
    }
  | { readonly type: 'maintenance.changed'; readonly time: number; readonly periodic: boolean }
  | JobEvent
  | {
      readonly type: 'topic.created'
      readonly time: number
      readonly topic: string
      readonly partitions: number
      readonly by: string
      readonly purpose: 'changelog' | 'checkpoint' | 'output'
    }
  | { readonly type: 'topic.deleted'; readonly time: number; readonly topic: string }
  | {
      readonly type: 'broker.failed' | 'broker.recovered'
      readonly time: number
      readonly broker: number
    }
  | {
      readonly type: 'leader.changed'
      readonly time: number
      readonly topic: string
      readonly partition: number
      readonly from: number | null
      /** null: the partition is offline. */
      readonly to: number | null
    }
  | {
      readonly type: 'host.failed' | 'host.recovered'
      readonly time: number
      readonly host: number
    }
  | {
      readonly type: 'action.refused'
      readonly time: number
      readonly action: ScenarioActionType
      readonly reason: string
    }

export type SimEventType = SimEvent['type']

/** Receives events as the engine emits them. */
export type EventSink = (event: SimEvent) => void

export const ignoreEvents: EventSink = () => undefined

/** Where a job event happened: the job (`<job.name>_<job.id>`). */
interface OfJob {
  readonly time: number
  readonly job: string
}

/** What Samza jobs do, in the order a run produces them. */
export type JobEvent =
  | (OfJob & {
      readonly type: 'job.started'
      readonly tasks: number
      readonly containers: number
      readonly offsetDefault: 'upcoming' | 'oldest'
      readonly resetOffset: boolean
      readonly changelog: string | null
      readonly output: string | null
      /** Settings this run takes from the start's `set` rather than the declared config. */
      readonly changed: readonly string[]
    })
  | (OfJob & {
      readonly type: 'job.sharedChangelog'
      readonly changelog: string
      readonly otherJob: string
    })
  | (OfJob & {
      readonly type: 'job.restoring'
      readonly container: number
      readonly host: number
      readonly changelog: string | null
      readonly records: number
      readonly until: number
      /** The tasks that reopened a copy of their store left on this host, with its OFFSET. */
      readonly reopened: readonly { readonly task: string; readonly offset: number }[]
      /** The changelog records a restore from scratch would replay (all of them). */
      readonly wholeChangelog: number
    })
  | (OfJob & {
      readonly type: 'job.restored'
      readonly container: number
      readonly records: number
      readonly keys: number
    })
  | (OfJob & {
      readonly type: 'job.positioned'
      readonly task: string
      readonly topic: string
      readonly partition: number
      readonly offset: number
      readonly checkpointed: number | null
      readonly cause: 'checkpoint' | 'samza.offset.default' | 'samza.reset.offset'
      readonly offsetDefault: 'upcoming' | 'oldest'
    })
  | (OfJob & {
      readonly type: 'job.offsetOutOfRange'
      readonly task: string
      readonly topic: string
      readonly partition: number
      readonly position: number
      readonly reset: 'earliest' | 'latest'
      readonly newPosition: number
      /** Offsets the job will never process because of the reset. */
      readonly skipped: number
    })
  | (OfJob & {
      readonly type: 'job.processed'
      readonly task: string
      readonly count: number
      readonly sent: number
    })
  | (OfJob & {
      readonly type: 'job.staleWritesSkipped'
      readonly task: string
      readonly topic: string
      readonly count: number
      /** What the guard compared: source record timestamps or input offsets. */
      readonly guard: OutputGuard
    })
  | (OfJob & {
      readonly type: 'job.committed'
      readonly container: number
      readonly changelogRecords: number
      readonly checkpoint: readonly (CheckpointEntry & { readonly task: string })[]
    })
  | (OfJob & { readonly type: 'job.caughtUp'; readonly afterMs: number })
  | (OfJob & {
      readonly type: 'job.stopped'
      /** Records processed since the last checkpoint: the restart processes them again. */
      readonly uncommitted: number
    })
  | (OfJob & {
      readonly type: 'job.crashed'
      readonly container: number
      readonly host: number
      readonly uncommitted: number
      /** null: the cluster manager gave up and the job failed (a `job.stopped` follows). */
      readonly restartAt: number | null
      readonly cause: 'crash' | 'host failure'
    })
  | (OfJob & {
      readonly type: 'checkpoint.written'
      readonly topic: string
      readonly entries: readonly (CheckpointEntry & { readonly task: string })[]
      /** The timestamp written (epoch ms on a scenario with `clockStartMs`), or null for offsets. */
      readonly byTimestamp: number | null
      /** The scenario has a real date (`clockStartMs`): `byTimestamp` reads as a date. */
      readonly onRealDate?: true
      /**
       * The job was running: it ignores this checkpoint (read only when a container starts) and
       * overwrites it at its next commit, unless a container restarts before that.
       */
      readonly jobRunning: boolean
    })
  | (OfJob & { readonly type: 'job.decommissioned'; readonly deleted: readonly string[] })
