import type { ReadonlyJob, ReadonlyWorld } from '../readonlyWorld'
import { engineView } from '../readonlyWorld'
import { findPartition, type World } from '../world'
import { changelogFrom } from './localStores'
import { changelogPartition } from './restore'
import type { JobState } from './state'
import { taskLag } from './state'

/** One key of a job's store as its box lists it. */
export interface PreviewEntry {
  readonly key: string
  readonly value: string
  /** Read from the changelog by a restore still under way: in the store once it ends. */
  readonly restoring: boolean
}

/** The start of a job's store, by key, and how many keys it holds in all. */
export interface StorePreview {
  /** The `count` smallest keys with their values, sorted by key. */
  readonly entries: readonly PreviewEntry[]
  readonly size: number
}

/**
 * The first `count` entries of a job's store across its tasks, in key order, and how many keys
 * the store holds: what a job's box on the stage lists. A task whose container is restoring lists
 * what its restore puts in the store (what it reopened, with its changelog from `restoreFrom`
 * folded over it), marked as restoring: a step saying "restored as of the last commit" and the
 * store panel show those values, and an empty box would contradict them. A snapshot sorts every
 * key of every task, which cost most of the stage's frame while the time line of a job with a
 * thousand keys was dragged; this reads each key once and keeps only the smallest. A key two
 * tasks hold counts once, with the later task's value, as when the tasks' snapshots are merged in
 * order.
 */
export function storePreview(
  readonlyWorld: ReadonlyWorld,
  readonlyJob: ReadonlyJob,
  count: number,
): StorePreview {
  const world = engineView<World>(readonlyWorld)
  const job = engineView<JobState>(readonlyJob)
  const values: (string | undefined)[] = []
  const pending: boolean[] = []
  let size = 0
  const put = (keyId: number, value: string | undefined, restoring: boolean): void => {
    if (value === undefined) return
    if (values[keyId] === undefined) size++
    values[keyId] = value
    pending[keyId] = restoring
  }
  for (const task of job.tasks) {
    const container = job.containers.find((c) => c.index === task.container)
    const restoring = container?.status === 'restoring'
    if (!restoring) {
      task.store.values.forEach((value, keyId) => {
        put(keyId, value, false)
      })
      continue
    }
    const restored = task.store.values.slice()
    const changelog = changelogPartition(world, job, task)
    for (const record of changelog ? changelogFrom(changelog, task.restoreFrom) : []) {
      // The changelog's keys share the world's key table, so each already has its id.
      const keyId = record.key === null ? undefined : world.keyTable.idByKey.get(record.key)
      if (keyId !== undefined) restored[keyId] = record.value ?? undefined
    }
    restored.forEach((value, keyId) => {
      put(keyId, value, true)
    })
  }
  const first: PreviewEntry[] = []
  values.forEach((value, keyId) => {
    if (value === undefined) return
    const key = world.keyTable.keys[keyId] ?? ''
    const last = first[first.length - 1]
    if (first.length === count && (last === undefined || key >= last.key)) return
    let at = first.length
    while (at > 0 && key < (first[at - 1]?.key ?? '')) at--
    first.splice(at, 0, { key, value, restoring: pending[keyId] === true })
    if (first.length > count) first.pop()
  })
  return { entries: first, size }
}

/** The job's lag: over its tasks' inputs, the offsets between each position and the log end. */
export function jobLag(readonlyWorld: ReadonlyWorld, readonlyJob: ReadonlyJob): number {
  const world = engineView<World>(readonlyWorld)
  let lag = 0
  for (const task of engineView<JobState>(readonlyJob).tasks) {
    for (const input of task.inputs) {
      const log = findPartition(world, input.topic, input.partition)
      if (log !== undefined) lag += taskLag(input, log.logEndOffset)
    }
  }
  return lag
}
