import type { PartitionLog } from './partition'
import { floorSegmentIndex } from './partition'
import type { LogRecord } from './record'
import type { RecordColumns } from './recordColumns'
import { recordAt } from './recordColumns'
import type { Segment } from './segment'

export type FetchResult<R = LogRecord> =
  | {
      readonly ok: true
      readonly records: readonly R[]
      /** Where the consumer continues: one past the last record returned, or past the scanned gap. */
      readonly nextOffset: number
    }
  | { readonly ok: false; readonly error: 'OFFSET_OUT_OF_RANGE'; readonly reason: string }

/**
 * A fetch from `offset` (Kafka's `UnifiedLog.read`). Below the log start offset or above the log end
 * offset the broker answers `OFFSET_OUT_OF_RANGE`; at the log end offset it returns nothing. An offset
 * that compaction removed reads from the next surviving record.
 *
 * Simplification: when nothing survives between `offset` and the log end offset, the position moves
 * to the log end offset, which is what the empty batch Kafka keeps at the end of each cleaning round
 * (KAFKA-17076) achieves for a real consumer.
 */
export function fetchFrom(log: PartitionLog, offset: number, maxRecords: number): FetchResult {
  return fetchRows(log, offset, maxRecords, recordAt, undefined)
}

/**
 * `fetchFrom` with each row read by `readRow(columns, row, context)` (e.g. into a lighter object
 * than a `LogRecord`); one reader function with a context, rather than a closure made per fetch.
 */
export function fetchRows<R extends { readonly offset: number }, C>(
  log: PartitionLog,
  offset: number,
  maxRecords: number,
  readRow: (columns: RecordColumns, row: number, context: C) => R,
  context: C,
): FetchResult<R> {
  if (offset < log.logStartOffset || offset > log.logEndOffset) {
    return {
      ok: false,
      error: 'OFFSET_OUT_OF_RANGE',
      reason: `offset ${offset} is outside [${log.logStartOffset}, ${log.logEndOffset}]`,
    }
  }
  const records: R[] = []
  for (let i = Math.max(0, floorSegmentIndex(log, offset)); i < log.segments.length; i++) {
    const segment = log.segments[i]
    if (!segment) break
    // Rows are in offset order: start at the first one ≥ offset instead of scanning the segment.
    for (let row = firstRowAtOrAfter(segment, offset); row < segment.count; row++) {
      const record = readRow(segment.columns, row, context)
      records.push(record)
      if (records.length >= maxRecords) {
        return { ok: true, records, nextOffset: record.offset + 1 }
      }
    }
  }
  const last = records[records.length - 1]
  return { ok: true, records, nextOffset: last ? last.offset + 1 : log.logEndOffset }
}

/** Index of the segment's first row with offset ≥ `offset` (binary search), or `count`. */
function firstRowAtOrAfter(segment: Segment, offset: number): number {
  const offsets = segment.columns.offsets
  let lo = 0
  let hi = segment.count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((offsets[mid] ?? Infinity) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Every record still in the log, oldest first: what a reader from the log start offset gets. */
export function readWholeLog(log: PartitionLog): readonly LogRecord[] {
  const read = fetchFrom(log, log.logStartOffset, Number.MAX_SAFE_INTEGER)
  return read.ok ? read.records : []
}
