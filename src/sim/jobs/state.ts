import type { JobSettings, JobSpec } from '../simScenario'
import { jobKey } from './naming'
import { settingsOf } from './settings'
import type { StoreState } from './store'

/** One input partition of a task. Offsets follow Kafka's consumer: `position` is the next to read. */
export interface TaskInput {
  readonly topic: string
  readonly partition: number
  /** The next offset to fetch; null while the container restores or before the job first starts. */
  position: number | null
  /** The last offset processed in this run, or null. */
  lastProcessed: number | null
  /** The last processed offset in the newest checkpoint this job wrote or read. */
  checkpointed: number | null
  /**
   * A bootstrap input (an enrich processor's table) is read up to here before any other input
   * (samza.bootstrap); null for every other input.
   */
  bootstrapUntil: number | null
}

export interface TaskState {
  readonly name: string
  readonly partition: number
  readonly container: number
  readonly inputs: TaskInput[]
  store: StoreState
  /** Records processed since the last checkpoint: what a crash now would process again. */
  sinceCommit: number
  /** Timestamp of the last record processed: how far behind real time the task's output is. */
  lastRecordTimestamp: number | null
  /** Output records sent in all (duplicates included). */
  sent: number
  /** Writes a guarded output refused because the key already held the result of a newer source record. */
  staleWritesSkipped: number
  /** Waiting for an append to one of its inputs (see `wake.ts`). */
  idle: boolean
  /** The first changelog offset the current (or last) restore replays; 0: the whole changelog. */
  restoreFrom: number
  /** The OFFSET of the local store copy the last restore reopened; null when it started empty. */
  reopenedOffset: number | null
}

export type ContainerStatus = 'down' | 'waiting' | 'restoring' | 'running'

export interface ContainerState {
  readonly index: number
  host: number
  status: ContainerStatus
  /** A new one (from `JobState.lastEpoch`) at every start, stop and crash: events of an earlier
   * epoch are stale and ignored. */
  epoch: number
  restoreStartedAt: number | null
  restoreEndsAt: number | null
  /** Changelog records read by the current (or last) restore. */
  restoreRecords: number
}

export type JobStatus = 'never started' | 'running' | 'stopped' | 'decommissioned'

export interface JobState {
  /** The job's key (`jobKey`): its identity, the pair (job.name, job.id), as one string. */
  readonly app: string
  readonly spec: JobSpec
  /** The settings of the current (or last) run. */
  settings: JobSettings
  status: JobStatus
  startedAt: number | null
  containers: ContainerState[]
  tasks: TaskState[]
  /** True once every task of this run has reached its log end offsets. */
  caughtUp: boolean
  /** The last container epoch handed out; never reused, even across restarts of the job. */
  lastEpoch: number
  /**
   * The host each container last ran on, by container index: the locality Samza keeps in the
   * coordinator stream, across the job's runs, for host affinity.
   */
  locality: number[]
}

/**
 * A copy sharing every store: later changes to either never show in the other. Every object is
 * spelled out in the order it is made in (`createJobState`, `startJob`'s tasks, containers and
 * inputs), not spread, so copies share the originals' hidden classes (see `cloneSegment`).
 */
export function cloneJob(job: JobState): JobState {
  return {
    app: job.app,
    spec: job.spec,
    settings: job.settings,
    status: job.status,
    startedAt: job.startedAt,
    containers: job.containers.map(cloneContainer),
    tasks: job.tasks.map(cloneTask),
    caughtUp: job.caughtUp,
    lastEpoch: job.lastEpoch,
    locality: job.locality.slice(),
  }
}

function cloneContainer(container: ContainerState): ContainerState {
  return {
    index: container.index,
    host: container.host,
    status: container.status,
    epoch: container.epoch,
    restoreStartedAt: container.restoreStartedAt,
    restoreEndsAt: container.restoreEndsAt,
    restoreRecords: container.restoreRecords,
  }
}

function cloneTask(task: TaskState): TaskState {
  task.store.shared = true
  return {
    name: task.name,
    partition: task.partition,
    container: task.container,
    inputs: task.inputs.map(cloneInput),
    store: task.store,
    restoreFrom: task.restoreFrom,
    reopenedOffset: task.reopenedOffset,
    sinceCommit: task.sinceCommit,
    lastRecordTimestamp: task.lastRecordTimestamp,
    sent: task.sent,
    staleWritesSkipped: task.staleWritesSkipped,
    idle: task.idle,
  }
}

function cloneInput(input: TaskInput): TaskInput {
  return {
    topic: input.topic,
    partition: input.partition,
    position: input.position,
    lastProcessed: input.lastProcessed,
    checkpointed: input.checkpointed,
    bootstrapUntil: input.bootstrapUntil,
  }
}

export function tasksOf(job: JobState, container: number): TaskState[] {
  return job.tasks.filter((t) => t.container === container)
}

/** Input records between the task's position and the log end: how far behind it is. */
export function taskLag(input: TaskInput, logEndOffset: number): number {
  return input.position === null ? 0 : Math.max(0, logEndOffset - input.position)
}

/** A job as the scenario declares it, before its first start. */
export function createJobState(spec: JobSpec): JobState {
  return {
    app: jobKey(spec),
    spec,
    settings: settingsOf(spec),
    status: 'never started',
    startedAt: null,
    containers: [],
    tasks: [],
    caughtUp: false,
    lastEpoch: 0,
    locality: [],
  }
}
