import type { ReadonlyJob, ReadonlyWorld } from '../readonlyWorld'
import { engineView } from '../readonlyWorld'
import { findPartition, type World } from '../world'
import type { JobState } from './state'
import { taskLag } from './state'

/** The start of a job's store, by key, and how many keys it holds in all. */
export interface StorePreview {
  /** The `count` smallest keys with their values, sorted by key. */
  readonly entries: readonly (readonly [string, string])[]
  readonly size: number
}

/**
 * The first `count` entries of a job's store across its tasks, in key order, and how many keys
 * the store holds: what a job's box on the stage lists. A snapshot sorts every key of every task,
 * which cost most of the stage's frame while the time line of a job with a thousand keys was
 * dragged; this reads each key once and keeps only the smallest. A key two tasks hold counts once,
 * with the later task's value, as when the tasks' snapshots are merged in order.
 */
export function storePreview(
  readonlyWorld: ReadonlyWorld,
  readonlyJob: ReadonlyJob,
  count: number,
): StorePreview {
  const world = engineView<World>(readonlyWorld)
  const job = engineView<JobState>(readonlyJob)
  const values: (string | undefined)[] = []
  let size = 0
  for (const task of job.tasks) {
    task.store.values.forEach((value, keyId) => {
      if (value === undefined) return
      if (values[keyId] === undefined) size++
      values[keyId] = value
    })
  }
  const first: [string, string][] = []
  values.forEach((value, keyId) => {
    if (value === undefined) return
    const key = world.keyTable.keys[keyId] ?? ''
    const last = first[first.length - 1]
    if (first.length === count && (last === undefined || key >= last[0])) return
    let at = first.length
    while (at > 0 && key < (first[at - 1]?.[0] ?? '')) at--
    first.splice(at, 0, [key, value])
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
