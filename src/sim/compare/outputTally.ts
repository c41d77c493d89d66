import type { PartitionLog } from '../log/partition'
import { keyAt, offsetAt, valueAt } from '../log/recordColumns'
import type { Segment } from '../log/segment'
import type { DeepReadonly } from '../readonlyWorld'
import { engineView } from '../readonlyWorld'

/** One key of an output topic: its latest value and how many records carry it. */
export interface KeyOutput {
  readonly latest: string | null
  readonly records: number
}

/**
 * What one partition of an output log held below `end` (its log end when it was read): every row
 * of its segments, per key. Immutable, so a caller may keep it to extend later.
 */
export interface PartitionTally {
  readonly end: number
  /** Rows read, keyless ones included. */
  readonly records: number
  /** In the order keys were first seen. */
  readonly keys: ReadonlyMap<string, KeyOutput>
}

const EMPTY: PartitionTally = { end: 0, records: 0, keys: new Map() }

/** The first row of `segment` at or after `offset` (rows are in offset order). */
function firstRowFrom(segment: Segment, offset: number): number {
  let [low, high] = [0, segment.count]
  while (low < high) {
    const middle = (low + high) >>> 1
    if (offsetAt(segment.columns, middle) < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** How many rows of `log` lie below `offset`. */
function rowsBelow(log: PartitionLog, offset: number): number {
  let rows = 0
  for (const segment of log.segments) {
    const below = firstRowFrom(segment, offset)
    rows += below
    if (below < segment.count) break
  }
  return rows
}

/**
 * Whether `tally`, read from another world of the same run and the same topic creation, still
 * describes `log` below `tally.end`. Within one creation an offset is written once and a removed
 * row never comes back, so the rows below `end` in two worlds are one set inside the other: equal
 * counts mean equal rows. A log that is shorter, or lost rows below `end` (retention, a cleaning
 * pass), does not match.
 */
export function tallyStillHolds(tally: PartitionTally, log: DeepReadonly<PartitionLog>): boolean {
  const engineLog = engineView<PartitionLog>(log)
  return engineLog.logEndOffset >= tally.end && rowsBelow(engineLog, tally.end) === tally.records
}

/**
 * `log` tallied up to its end: from `base` (which must hold for it, see `tallyStillHolds`) by
 * reading only the rows from `base.end` on, or from nothing.
 */
export function tallyPartition(
  log: DeepReadonly<PartitionLog>,
  base: PartitionTally = EMPTY,
): PartitionTally {
  const engineLog = engineView<PartitionLog>(log)
  const keys = new Map(base.keys)
  let records = base.records
  for (const segment of engineLog.segments) {
    for (let row = firstRowFrom(segment, base.end); row < segment.count; row++) {
      records++
      const key = keyAt(segment.columns, row)
      if (key === null) continue
      const seen = keys.get(key)
      keys.set(key, { latest: valueAt(segment.columns, row), records: (seen?.records ?? 0) + 1 })
    }
  }
  return { end: engineLog.logEndOffset, records, keys }
}

/**
 * A topic's partitions together, in partition order: a key's latest value is the one of the last
 * partition holding it (the order a full read meets them in); keys sorted.
 */
export function combineTallies(tallies: readonly PartitionTally[]): {
  records: number
  keys: ReadonlyMap<string, KeyOutput>
} {
  const byKey = new Map<string, KeyOutput>()
  let records = 0
  for (const tally of tallies) {
    records += tally.records
    for (const [key, output] of tally.keys) {
      const seen = byKey.get(key)
      byKey.set(key, { latest: output.latest, records: (seen?.records ?? 0) + output.records })
    }
  }
  const keys = new Map([...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return { records, keys }
}
