import type { JobSnapshot, PartitionSnapshot, RecordSnapshot, WorldSnapshot } from '../sim'

/**
 * Small readers of a world snapshot, with which the claim tests check what the lessons' texts say
 * (the predictions themselves are answered by their queries, `query/evaluate.ts`).
 */

export function partitionOf(
  world: WorldSnapshot,
  topic: string,
  partition = 0,
): PartitionSnapshot | undefined {
  return world.topics.find((t) => t.name === topic)?.partitions[partition]
}

/** Every record still in the partition's log, oldest first; none if the topic does not exist. */
export function recordsOf(world: WorldSnapshot, topic: string, partition = 0): RecordSnapshot[] {
  return partitionOf(world, topic, partition)?.segments.flatMap((s) => s.records) ?? []
}

export function hasTopic(world: WorldSnapshot, topic: string): boolean {
  return world.topics.some((t) => t.name === topic)
}

/** A job by its YARN application name, `<job.name>_<job.id>`. */
export function jobOf(world: WorldSnapshot, app: string): JobSnapshot | undefined {
  return world.jobs.find((j) => j.job === app)
}

/** The value a job's stores hold for `key` (whichever task owns it), or undefined. */
export function storeValue(world: WorldSnapshot, app: string, key: string): string | undefined {
  for (const task of jobOf(world, app)?.tasks ?? []) {
    const entry = task.store.find(([k]) => k === key)
    if (entry) return entry[1]
  }
  return undefined
}

/** The value of the newest record for `key` in a topic's partition: what a reader ends up with. */
export function latestValueOf(
  world: WorldSnapshot,
  topic: string,
  key: string,
  partition = 0,
): string | null | undefined {
  return recordsOf(world, topic, partition).findLast((r) => r.key === key)?.value
}

/** The total lag of a job: records not yet processed over all its tasks' inputs. */
export function jobLag(world: WorldSnapshot, app: string): number {
  return (jobOf(world, app)?.tasks ?? []).reduce(
    (sum, task) => sum + task.inputs.reduce((s, input) => s + input.lag, 0),
    0,
  )
}
