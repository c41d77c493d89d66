import { readWholeLog } from '../log/fetch'
import type { PartitionLog } from '../log/partition'
import type { World } from '../world'
import { changelogConfig } from './topics'
import type { JobState, TaskState } from './state'

/**
 * What a host's disk keeps of a task's store when the job runs with host affinity
 * (`job.host-affinity.enabled` and `LOGGED_STORE_BASE_DIR` outside the YARN container directory):
 * at every commit Samza snapshots the store beside an OFFSET file naming the changelog offset it
 * holds (`TaskStorageCommitManager`). A container started on that host again reopens the snapshot
 * and replays only the changelog after that offset (`TransactionalStateTaskRestoreManager`); on any
 * other host it has nothing to reopen and replays the whole changelog. Without host affinity the
 * store lives in the container's working directory, which YARN deletes when the container exits.
 */
export interface LocalStoreCopy {
  /** The job's key: the directory is `<job.name>-<job.id>/<store>/<task>`. */
  readonly job: string
  readonly task: string
  /** The changelog the OFFSET file names; a copy of another changelog is never reopened. */
  readonly changelog: string
  /** The last changelog offset the copy holds (the OFFSET file); null when the changelog was empty. */
  readonly offset: number | null
  /** When the OFFSET file was written: a copy older than the changelog's delete.retention.ms is stale. */
  readonly writtenAt: number
  /** The store's values by key id at that commit; shared, never written. */
  readonly values: readonly (string | undefined)[]
}

/** The host's copies by `copyKey`; replaced, never mutated, so world copies share it. */
export type LocalStores = ReadonlyMap<string, LocalStoreCopy>

function copyKey(job: string, task: string): string {
  return `${job}\u0000${task}`
}

/**
 * Mutates `world`: after a commit of `task` on `host`, the host's disk holds the store as it is now
 * and the changelog offset it was flushed to.
 */
export function keepLocalStore(
  world: World,
  host: number,
  job: JobState,
  task: TaskState,
  changelog: PartitionLog,
): void {
  const state = world.hosts[host]
  if (!state || job.settings.changelog === null) return
  // The copy keeps the values array; the task's next write copies it first (copy-on-write).
  task.store.shared = true
  const copy: LocalStoreCopy = {
    job: job.app,
    task: task.name,
    changelog: job.settings.changelog,
    offset: changelog.logEndOffset > 0 ? changelog.logEndOffset - 1 : null,
    writtenAt: world.now,
    values: task.store.values,
  }
  state.localStores = new Map(state.localStores).set(copyKey(job.app, task.name), copy)
}

/** Mutates `world`: a failed host's disk is gone, and every store copy on it (the changelogs are not). */
export function loseLocalStores(world: World, host: number): void {
  const state = world.hosts[host]
  if (state) state.localStores = new Map()
}

/**
 * The copy of `task`'s store that a container of `job` starting on `host` reopens, if any: host
 * affinity on, the same changelog, not stale, and its offset inside the changelog's current range
 * (Samza deletes a copy whose offset is below the log start or past the end, and restores fully).
 */
export function reusableCopy(
  world: World,
  job: JobState,
  task: TaskState,
  host: number,
  changelog: PartitionLog,
): (LocalStoreCopy & { readonly offset: number }) | null {
  if (!job.settings['job.host-affinity.enabled']) return null
  const copy = world.hosts[host]?.localStores.get(copyKey(job.app, task.name))
  if (!copy || copy.changelog !== job.settings.changelog) return null
  const { offset } = copy
  if (offset === null) return null
  const staleAfter = changelogConfig(job.spec)['delete.retention.ms']
  if (world.now - copy.writtenAt >= staleAfter) return null
  const inRange = offset >= changelog.logStartOffset && offset < changelog.logEndOffset
  return inRange ? { ...copy, offset } : null
}

/** The changelog records a restore from `from` reads (from the log start when `from` is below it). */
export function changelogFrom(
  changelog: PartitionLog,
  from: number,
): ReturnType<typeof readWholeLog> {
  const records = readWholeLog(changelog)
  return from <= changelog.logStartOffset ? records : records.filter((r) => r.offset >= from)
}
