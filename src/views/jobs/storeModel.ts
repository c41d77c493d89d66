import type { JobSnapshot, PartitionSnapshot } from '../../sim'

export interface StoreRow {
  readonly key: string
  readonly value: string
  /** The key is new or its value differs from the world one moment earlier. */
  readonly changed: boolean
}

/** A task whose container is restoring: what its changelog partition holds now, being read. */
export interface Restore {
  readonly records: number
  readonly endsAt: number | null
}

export interface StoreTable {
  readonly task: string
  readonly unflushedKeys: number
  readonly rows: readonly StoreRow[]
  /** Set while the task's container restores: `rows` are then the changelog's latest values. */
  readonly restoring?: Restore
}

/**
 * The latest value per key of a changelog partition from its log start offset, a tombstone
 * removing its key: what a restore puts in the store (Samza reads the whole changelog).
 */
export function changelogValues(changelog: PartitionSnapshot): {
  readonly values: [string, string][]
  readonly records: number
} {
  const values = new Map<string, string>()
  let records = 0
  for (const segment of changelog.segments) {
    for (const record of segment.records) {
      if (record.offset < changelog.logStartOffset) continue
      records++
      if (record.key === null) continue
      if (record.value === null) values.delete(record.key)
      else values.set(record.key, record.value)
    }
  }
  return { values: [...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), records }
}

/**
 * Each task's store (sorted by key, as the snapshot has it), marked against `before`, if given.
 * A task whose container is restoring has an empty store until the restore ends; then its table
 * shows, from `changelogOf` (the changelog partition by number, at the same time), the values
 * being restored, so a step saying "the store is restored from …" has them on screen.
 */
export function buildStoreTables(
  job: JobSnapshot,
  before: JobSnapshot | null,
  changelogOf: (partition: number) => PartitionSnapshot | null = () => null,
): StoreTable[] {
  return job.tasks.map((task) => {
    const container = job.containers.find((c) => c.index === task.container)
    // A task's changelog partition is its input partition number (one task per partition).
    const changelog = changelogOf(task.inputs[0]?.partition ?? 0)
    if (container?.status === 'restoring' && changelog !== null) {
      const { values, records } = changelogValues(changelog)
      return {
        task: task.name,
        unflushedKeys: 0,
        rows: values.map(([key, value]) => ({ key, value, changed: false })),
        restoring: { records, endsAt: container.restoreEndsAt },
      }
    }
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
