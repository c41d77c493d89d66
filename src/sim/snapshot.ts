import type { ReadonlyJob, ReadonlyWorld } from './readonlyWorld'
import { engineView } from './readonlyWorld'
import { toEpochTimestamp } from './epoch'
import type { TopicConfig } from './log/config'
import { activeSegment } from './log/partition'
import type { Segment } from './log/segment'
import { segmentRecords } from './log/segment'
import { isTiered } from './log/tiered'
import type { HostState, Refusal, World } from './world'
import { findPartition } from './world'
import type { JobSettings, JobSpec } from './simScenario'
import { checkpointTopicName } from './jobs/naming'
import { changedSettings } from './jobs/settings'
import type { ContainerStatus, JobState, JobStatus } from './jobs/state'
import { taskLag } from './jobs/state'
import { sortedEntries } from './jobs/store'

/** The world as plain JSON: the headless runner's output, golden files and the first view. */
export interface WorldSnapshot {
  readonly time: number
  /**
   * Present when the scenario sets a wall clock: epoch milliseconds at time 0. Record timestamps
   * and delete horizons are then epoch milliseconds (`time` and the other times count from 0).
   */
  readonly clockStartMs?: number
  readonly topics: readonly TopicSnapshot[]
  readonly consumers: readonly ConsumerSnapshot[]
  readonly jobs: readonly JobSnapshot[]
  readonly brokers: readonly { readonly broker: number; readonly up: boolean }[]
  readonly hosts: readonly HostSnapshot[]
  /** Actions refused up to this time, oldest first. */
  readonly refusedActions: readonly Refusal[]
}

export interface HostSnapshot {
  readonly host: number
  readonly up: boolean
  /** The job stores host affinity keeps on this host's disk; only when there are some. */
  readonly localStores?: readonly LocalStoreSnapshot[]
}

export interface LocalStoreSnapshot {
  readonly job: string
  readonly task: string
  readonly changelog: string
  /** The OFFSET file: the last changelog offset the copy holds. */
  readonly offset: number | null
  readonly writtenAt: number
  readonly keys: number
}

export interface TopicSnapshot {
  readonly name: string
  /** The topic's configs; the tiered-storage ones only when `remote.storage.enable` is on. */
  readonly config: TopicConfig | UntieredTopicConfig
  readonly partitions: readonly PartitionSnapshot[]
}

export interface PartitionSnapshot {
  readonly partition: number
  readonly logStartOffset: number
  readonly logEndOffset: number
  readonly cleanerCheckpoint: number | null
  /** Brokers holding a replica, preferred leader first. */
  readonly replicas: readonly number[]
  /** null while the partition is offline. */
  readonly leader: number | null
  readonly isr: readonly number[]
  /** Followers in the ISR copy appends at once, so it equals the log end offset. */
  readonly highWatermark: number
  readonly segments: readonly SegmentSnapshot[]
  /** Tiered topics only: the first offset on the broker's disk; below it reads go to the archive. */
  readonly localLogStartOffset?: number
  /** Tiered topics only: the segments in remote storage, oldest first. */
  readonly archive?: readonly ArchivedSegmentSnapshot[]
  /** Present while a throttled cleaning pass works on this log (its result shows at `endsAt`). */
  readonly cleaning?: CleaningSnapshot
}

export interface CleaningSnapshot {
  readonly startedAt: number
  readonly endsAt: number
  readonly firstDirtyOffset: number
  readonly firstUncleanableOffset: number
  readonly forced: boolean
}

export interface ArchivedSegmentSnapshot {
  readonly baseOffset: number
  /** The archived range is [baseOffset, endOffset). */
  readonly endOffset: number
  readonly copiedAt: number
  readonly records: readonly RecordSnapshot[]
}

/** A topic config without the tiered-storage settings, as snapshots of untiered topics show it. */
export type UntieredTopicConfig = Omit<TopicConfig, TieredSetting>

type TieredSetting = 'remote.storage.enable' | 'local.retention.ms' | 'local.retention.bytes'

export interface SegmentSnapshot {
  readonly baseOffset: number
  readonly active: boolean
  readonly records: readonly RecordSnapshot[]
}

export interface RecordSnapshot {
  readonly offset: number
  readonly key: string | null
  readonly value: string | null
  readonly timestamp: number
  /**
   * The producer that sent the record (a scenario's producer or a job), on records the views read
   * from the log itself (`partitionAt`); world snapshots (the CLI's output) leave it out.
   */
  readonly producer?: string
  /** Present once a cleaning pass has stamped the tombstone's delete horizon (KIP-534). */
  readonly deleteHorizonMs?: number
}

export interface ConsumerSnapshot {
  readonly name: string
  readonly topic: string
  readonly partition: number
  readonly position: number | null
  /** Present while an out-of-range Fetch request has left the partition awaiting its reset. */
  readonly awaitingReset?: true
  readonly lastError: string | null
  readonly received: number
  /**
   * Present after a restart changed a setting: `name=value` for each setting of the running
   * instance that is not the declared one.
   */
  readonly changedSettings?: readonly string[]
}

export interface JobSnapshot {
  /** `<job.name>_<job.id>`. */
  readonly job: string
  readonly 'job.name': string
  readonly 'job.id': string
  readonly processor: JobSpec['processor']
  readonly status: JobStatus
  readonly startedAt: number | null
  readonly caughtUp: boolean
  /** The run's settings; `job.host-affinity.enabled` only when on, so older snapshots read as before. */
  readonly settings: SnapshotJobSettings
  /** `name=value` for each setting of this run that is not the declared one (its start's `set`). */
  readonly changedSettings: readonly string[]
  readonly checkpointTopic: string
  readonly store: string
  readonly containers: readonly {
    readonly index: number
    readonly host: number
    readonly status: ContainerStatus
    readonly restoreEndsAt: number | null
    readonly restoreRecords: number
  }[]
  readonly tasks: readonly TaskSnapshot[]
}

export interface TaskSnapshot {
  readonly name: string
  readonly container: number
  readonly inputs: readonly {
    readonly topic: string
    readonly partition: number
    /** The next offset to read. */
    readonly position: number | null
    readonly lastProcessed: number | null
    /** The last processed offset in the newest checkpoint (resume at +1). */
    readonly checkpointed: number | null
    readonly logEndOffset: number | null
    readonly lag: number
  }[]
  /** The local store, sorted by key. */
  readonly store: readonly (readonly [string, string])[]
  /** Keys written since the last commit, not yet in the changelog. */
  readonly unflushedKeys: number
  readonly sinceCommit: number
  readonly sent: number
  readonly staleWritesSkipped: number
  /** Now minus the timestamp of the last record processed: how stale the output is. */
  readonly latencyMs: number | null
  /**
   * With host affinity only: the OFFSET of the store copy the last restore reopened on the
   * container's host (it replayed the changelog after it), or null when it replayed all of it.
   */
  readonly reopenedOffset?: number | null
}

export function snapshotJob(readonlyWorld: ReadonlyWorld, readonlyJob: ReadonlyJob): JobSnapshot {
  const [world, job] = [engineView<World>(readonlyWorld), engineView<JobState>(readonlyJob)]
  return {
    job: job.app,
    'job.name': job.spec['job.name'],
    'job.id': job.spec['job.id'],
    processor: job.spec.processor,
    status: job.status,
    startedAt: job.startedAt,
    caughtUp: job.caughtUp,
    settings: snapshotSettings(job.settings),
    changedSettings: changedSettings(job.spec, job.settings),
    checkpointTopic: checkpointTopicName(job.spec),
    store: job.spec.store,
    containers: job.containers.map((c) => ({
      index: c.index,
      host: c.host,
      status: c.status,
      restoreEndsAt: c.restoreEndsAt,
      restoreRecords: c.restoreRecords,
    })),
    tasks: job.tasks.map((task) => ({
      name: task.name,
      container: task.container,
      inputs: task.inputs.map((input) => {
        const log = findPartition(world, input.topic, input.partition)
        return {
          topic: input.topic,
          partition: input.partition,
          position: input.position,
          lastProcessed: input.lastProcessed,
          checkpointed: input.checkpointed,
          logEndOffset: log?.logEndOffset ?? null,
          lag: log ? taskLag(input, log.logEndOffset) : 0,
        }
      }),
      store: sortedEntries(task.store, world.keyTable),
      unflushedKeys: task.store.dirty.length,
      sinceCommit: task.sinceCommit,
      sent: task.sent,
      staleWritesSkipped: task.staleWritesSkipped,
      latencyMs: task.lastRecordTimestamp === null ? null : world.now - task.lastRecordTimestamp,
      ...(job.settings['job.host-affinity.enabled'] ? { reopenedOffset: task.reopenedOffset } : {}),
    })),
  }
}

export function snapshotWorld(readonlyWorld: ReadonlyWorld): WorldSnapshot {
  const world = engineView<World>(readonlyWorld)
  return {
    time: world.now,
    ...(world.clockStartMs === 0 ? {} : { clockStartMs: world.clockStartMs }),
    topics: [...world.topics.values()].map((topic) => ({
      name: topic.name,
      config: snapshotConfig(topic.config),
      partitions: topic.partitions.map((log, p) => {
        const active = activeSegment(log)
        const replication = topic.replication[p]
        return {
          partition: log.partition,
          logStartOffset: log.logStartOffset,
          logEndOffset: log.logEndOffset,
          cleanerCheckpoint: log.cleanerCheckpoint,
          replicas: replication?.replicas ?? [],
          leader: replication?.leader ?? null,
          isr: replication?.isr ?? [],
          highWatermark: log.logEndOffset,
          segments: log.segments.map((segment) => ({
            baseOffset: segment.baseOffset,
            active: segment === active,
            records: snapshotRecords(segment, world.clockStartMs),
          })),
          ...(isTiered(topic.config)
            ? {
                localLogStartOffset: log.localLogStartOffset,
                archive: log.archive.map((archived) => ({
                  baseOffset: archived.segment.baseOffset,
                  endOffset: archived.endOffset,
                  copiedAt: archived.copiedAt,
                  records: snapshotRecords(archived.segment, world.clockStartMs),
                })),
              }
            : {}),
          ...cleaningOf(world, topic.name, log.partition),
        }
      }),
    })),
    consumers: [...world.consumers.values()].map((c) => ({
      name: c.name,
      topic: c.topic,
      partition: c.partition,
      position: c.position,
      ...(c.awaitingReset ? { awaitingReset: true as const } : {}),
      lastError: c.lastError,
      received: c.received,
      ...(c.autoOffsetReset === c.declaredAutoOffsetReset
        ? {}
        : { changedSettings: [`auto.offset.reset=${c.autoOffsetReset}`] }),
    })),
    jobs: [...world.jobs.values()].map((job) => snapshotJob(world, job)),
    brokers: world.brokers.map((b, broker) => ({ broker, up: b.up })),
    hosts: world.hosts.map((h, host) => snapshotHost(h, host)),
    refusedActions: world.refusals,
  }
}

/** The throttled pass at work on this log, as the snapshot's optional `cleaning` field. */
export function cleaningOf(
  world: ReadonlyWorld,
  topic: string,
  partition: number,
): { cleaning: CleaningSnapshot } | Record<string, never> {
  const pass = world.cleaning
  if (!pass || pass.topic !== topic || pass.partition !== partition) return {}
  return {
    cleaning: {
      startedAt: pass.startedAt,
      endsAt: pass.endsAt,
      firstDirtyOffset: pass.candidate.firstDirtyOffset,
      firstUncleanableOffset: pass.candidate.firstUncleanableOffset,
      forced: pass.forced,
    },
  }
}

/** The segment's records, timestamps and delete horizons as epoch milliseconds. */
function snapshotRecords(segment: Segment, clockStartMs: number): RecordSnapshot[] {
  return segmentRecords(segment).map((r) => ({
    offset: r.offset,
    key: r.key,
    value: r.value,
    timestamp: toEpochTimestamp(r.timestamp, clockStartMs),
    ...(r.deleteHorizonMs === undefined
      ? {}
      : { deleteHorizonMs: toEpochTimestamp(r.deleteHorizonMs, clockStartMs) }),
  }))
}

/** The tiered-storage settings only where they are used, so untiered snapshots read as before. */
function snapshotConfig(config: TopicConfig): TopicConfig | UntieredTopicConfig {
  if (isTiered(config)) return config
  const {
    'remote.storage.enable': _enabled,
    'local.retention.ms': _localMs,
    'local.retention.bytes': _localBytes,
    ...untiered
  } = config
  return untiered
}

type SnapshotJobSettings = Omit<JobSettings, 'job.host-affinity.enabled'> & {
  readonly 'job.host-affinity.enabled'?: true
}

function snapshotSettings(settings: JobSettings): SnapshotJobSettings {
  const { 'job.host-affinity.enabled': affinity, ...rest } = settings
  return affinity ? { ...rest, 'job.host-affinity.enabled': true } : rest
}

function snapshotHost(state: HostState, host: number): HostSnapshot {
  if (state.localStores.size === 0) return { host, up: state.up }
  const localStores = [...state.localStores.values()].map((copy) => ({
    job: copy.job,
    task: copy.task,
    changelog: copy.changelog,
    offset: copy.offset,
    writtenAt: copy.writtenAt,
    keys: copy.values.reduce((n, v) => (v === undefined ? n : n + 1), 0),
  }))
  return { host, up: state.up, localStores }
}
