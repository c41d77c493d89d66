import type { PartitionSnapshot, RecordSnapshot } from '../../sim'
import { firstRowAtOrAfter, rowsOf } from '../segmentReadings'
import { densityColumns } from './densityColumns'

/** Offsets `[from, to)` shown across the strip. */
export interface OffsetRange {
  readonly from: number
  readonly to: number
}

export interface StripSegment {
  readonly baseOffset: number
  readonly endOffset: number
  readonly active: boolean
}

/**
 * What the strip draws: one cell per record when records are wide enough to see, else one column
 * per pixel with the share of its offsets that still hold a record (the rest are gaps).
 */
export type StripMarks =
  | { readonly mode: 'records'; readonly records: readonly RecordSnapshot[] }
  | {
      readonly mode: 'density'
      /** Per pixel column: records present ÷ offsets covered, and tombstones among them. */
      readonly filled: Float32Array
      readonly tombstones: Uint16Array
    }

/** Below this many pixels per offset, records are aggregated into columns. */
export const MIN_CELL_PX = 3

/**
 * The whole log: from the first segment's base offset to the log end offset (at least one offset,
 * so an empty log still has a place for its first record). The stage caps a record's width, so a
 * short log is a short row of cells, not an empty stretch of offsets nobody wrote.
 */
export function fullRange(partition: PartitionSnapshot): OffsetRange {
  const from = partition.segments[0]?.baseOffset ?? partition.logStartOffset
  return { from, to: Math.max(partition.logEndOffset, from + 1) }
}

export function stripSegments(partition: PartitionSnapshot): StripSegment[] {
  return partition.segments.map((segment, i) => ({
    baseOffset: segment.baseOffset,
    endOffset: partition.segments[i + 1]?.baseOffset ?? partition.logEndOffset,
    active: segment.active,
  }))
}

/** Calls `visit` for every record with an offset in `range`, in offset order. */
export function forEachRecordIn(
  partition: PartitionSnapshot,
  range: OffsetRange,
  visit: (record: RecordSnapshot) => void,
): void {
  for (const segment of partition.segments) {
    const rows = rowsOf(segment)
    if (rows.count === 0 || rows.offsetAt(rows.count - 1) < range.from) continue
    if (segment.baseOffset >= range.to) continue
    const { records } = segment
    for (let i = firstRowAtOrAfter(rows, range.from); i < records.length; i++) {
      const record = records[i]
      if (record === undefined || record.offset >= range.to) break
      visit(record)
    }
  }
}

/** How many records have an offset in `range`, without listing them. */
export function countRecordsIn(partition: PartitionSnapshot, range: OffsetRange): number {
  let count = 0
  for (const segment of partition.segments) {
    const rows = rowsOf(segment)
    count += firstRowAtOrAfter(rows, range.to) - firstRowAtOrAfter(rows, range.from)
  }
  return count
}

export function recordsIn(partition: PartitionSnapshot, range: OffsetRange): RecordSnapshot[] {
  const out: RecordSnapshot[] = []
  forEachRecordIn(partition, range, (record) => out.push(record))
  return out
}

export function stripMarks(
  partition: PartitionSnapshot,
  range: OffsetRange,
  width: number,
): StripMarks {
  const span = range.to - range.from
  if (width / span >= MIN_CELL_PX) return { mode: 'records', records: recordsIn(partition, range) }
  return { mode: 'density', ...densityColumns(partition, range, width) }
}

/** The offsets on screen: the zoom window kept inside the log (its archive included), or all of it. */
export function visibleRange(
  partition: PartitionSnapshot,
  window: OffsetRange | null,
): OffsetRange {
  const full = fullRange(partition)
  if (window === null || window.to - window.from >= full.to - full.from) return full
  return panRange(window, full, 0)
}

/**
 * The zoom window after zooming `partition`'s log by `factor` around `center` (the middle of what
 * is on screen by default); null once it shows the whole log.
 */
export function zoomedWindow(
  partition: PartitionSnapshot,
  window: OffsetRange | null,
  factor: number,
  center?: number,
): OffsetRange | null {
  const full = fullRange(partition)
  const range = visibleRange(partition, window)
  const next = zoomRange(range, full, factor, center ?? (range.from + range.to) / 2)
  return next.from <= full.from && next.to >= full.to ? null : next
}

/** The zoom window moved by `delta` offsets, kept inside the log. */
export function pannedWindow(
  partition: PartitionSnapshot,
  window: OffsetRange,
  delta: number,
): OffsetRange {
  return panRange(visibleRange(partition, window), fullRange(partition), delta)
}

/** The range `factor` times as wide around `center`, kept inside `full`. */
export function zoomRange(
  range: OffsetRange,
  full: OffsetRange,
  factor: number,
  center: number,
): OffsetRange {
  const fullSpan = full.to - full.from
  const span = Math.max(8, Math.min(fullSpan, Math.round((range.to - range.from) * factor)))
  const ratio = (center - range.from) / Math.max(1, range.to - range.from)
  return clampRange(Math.round(center - ratio * span), span, full)
}

/** The range moved by `delta` offsets, kept inside `full`. */
export function panRange(range: OffsetRange, full: OffsetRange, delta: number): OffsetRange {
  return clampRange(range.from + Math.round(delta), range.to - range.from, full)
}

function clampRange(from: number, span: number, full: OffsetRange): OffsetRange {
  const start = Math.max(full.from, Math.min(from, full.to - span))
  return { from: start, to: start + span }
}
