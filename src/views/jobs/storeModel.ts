import type { JobSnapshot } from '../../sim'

export interface StoreRow {
  readonly key: string
  readonly value: string
  /** The key is new or its value differs from the world one moment earlier. */
  readonly changed: boolean
}

export interface StoreTable {
  readonly task: string
  readonly unflushedKeys: number
  readonly rows: readonly StoreRow[]
}

/** Each task's store (sorted by key, as the snapshot has it), marked against `before`, if given. */
export function buildStoreTables(job: JobSnapshot, before: JobSnapshot | null): StoreTable[] {
  return job.tasks.map((task) => {
    const earlier = new Map(before?.tasks.find((t) => t.name === task.name)?.store ?? [])
    return {
      task: task.name,
      unflushedKeys: task.unflushedKeys,
      rows: task.store.map(([key, value]) => ({
        key,
        value,
        changed: before !== null && earlier.get(key) !== value,
      })),
    }
  })
}
