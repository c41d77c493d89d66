import type { PartitionSnapshot } from '../../sim'
import { firstRowAtOrAfter, rowsOf, tombstoneRowsOf } from '../segmentReadings'
import type { OffsetRange } from './stripModel'

/** Per pixel column: records present ÷ offsets covered, and tombstones among them. */
export interface DensityColumns {
  readonly filled: Float32Array
  readonly tombstones: Uint16Array
}

/**
 * A dense log as one column per pixel of `width`: the share of each column's offsets in `range`
 * that still hold a record, and how many of those are tombstones. Offset `o` falls in column
 * ⌊(o − from) × columns ÷ span⌋. Records are counted per column by searching the rows for where
 * the column starts, never one by one: while the time line is dragged this runs for every dense
 * lane on every step, and the lanes together hold every record of the scenario.
 */
export function densityColumns(
  partition: PartitionSnapshot,
  range: OffsetRange,
  width: number,
): DensityColumns {
  const span = range.to - range.from
  const columns = Math.max(1, Math.floor(width))
  const present = new Uint32Array(columns)
  const tombstones = new Uint16Array(columns)
  const scale = columns / span
  const columnOf = (offset: number): number =>
    Math.min(columns - 1, Math.floor((offset - range.from) * scale))
  /** The first offset of column `c`: estimated from the scale, then corrected by `columnOf`. */
  const startOf = (c: number): number => {
    if (c >= columns) return range.to
    let offset = Math.max(range.from, Math.min(range.to, range.from + Math.ceil(c / scale)))
    while (offset > range.from && columnOf(offset - 1) >= c) offset--
    while (offset < range.to && columnOf(offset) < c) offset++
    return offset
  }
  for (const segment of partition.segments) {
    const rows = rowsOf(segment)
    const first = firstRowAtOrAfter(rows, range.from)
    const end = firstRowAtOrAfter(rows, range.to, first)
    if (end <= first) continue
    const firstOffset = rows.offsetAt(first)
    const last = columnOf(rows.offsetAt(end - 1))
    // Offsets without gaps (nothing compacted away here): a row is found by subtraction.
    const gapless = rows.offsetAt(end - 1) - firstOffset === end - 1 - first
    const rowAtOrAfter = (offset: number, from: number): number =>
      gapless
        ? Math.max(from, Math.min(end, first + offset - firstOffset))
        : firstRowAtOrAfter(rows, offset, from, end)
    let row = first
    for (let c = columnOf(firstOffset); c <= last; c++) {
      const next = c === last ? end : rowAtOrAfter(startOf(c + 1), row)
      present[c] = (present[c] ?? 0) + (next - row)
      row = next
    }
    for (const tombstone of tombstoneRowsOf(segment)) {
      if (tombstone < first || tombstone >= end) continue
      const column = columnOf(rows.offsetAt(tombstone))
      tombstones[column] = Math.min(0xffff, (tombstones[column] ?? 0) + 1)
    }
  }
  const perColumn = span / columns
  const filled = new Float32Array(columns)
  for (let c = 0; c < columns; c++) filled[c] = Math.min(1, (present[c] ?? 0) / perColumn)
  return { filled, tombstones }
}
