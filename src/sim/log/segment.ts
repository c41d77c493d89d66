import type { DeepReadonly } from '../readonlyWorld'
import { engineView } from '../readonlyWorld'
import type { LogRecord, ProducedRecord } from './record'
import type { ColumnsCapacity, RecordColumns } from './recordColumns'
import {
  appendRowInPlace,
  copyRows,
  createColumns,
  isTombstoneAt,
  keyAt,
  offsetAt,
  producerAt,
  recordAt,
  rowEquals,
  sizeAt,
  valueAt,
} from './recordColumns'
import { NO_PRODUCER, type KeyTable } from './keyTable'

/**
 * A log segment: a contiguous offset range starting at `baseOffset`.
 *
 * Record storage is shared between a world and its keyframes: only rows [0, count) of `columns`
 * belong to this segment, and an append copies the rows first when someone else has appended past
 * `count` (the length-marker trick of append-only logs). Sealed segments are never changed; the
 * cleaner builds new ones.
 */
export interface Segment {
  readonly baseOffset: number
  columns: RecordColumns
  count: number
  /** Total size of the records in size units. */
  size: number
  /** Largest record timestamp, or -1 when the segment holds no records. */
  largestTimestamp: number
  /** Timestamp of the first batch appended, or -1 (drives `segment.ms` rolls and max lag). */
  firstBatchTimestamp: number
  /** Simulated time of the last write: the file's mtime, used when there are no timestamps. */
  lastModified: number
  /** Random jitter subtracted from the roll interval, drawn when the segment was created. */
  readonly rollJitterMs: number
}

export function createSegment(
  keyTable: KeyTable,
  baseOffset: number,
  now: number,
  rollJitterMs = 0,
  capacity?: ColumnsCapacity,
): Segment {
  return {
    baseOffset,
    columns: createColumns(keyTable, capacity),
    count: 0,
    size: 0,
    largestTimestamp: -1,
    firstBatchTimestamp: -1,
    lastModified: now,
    rollJitterMs,
  }
}

/** Builds a sealed segment from every row of `columns` (used by the cleaner). */
export function sealedSegment(
  baseOffset: number,
  columns: RecordColumns,
  lastModified: number,
): Segment {
  let size = 0
  let largest = -1
  for (let row = 0; row < columns.length; row++) {
    size += sizeAt(columns, row)
    largest = Math.max(largest, columns.timestamps[row] ?? -1)
  }
  return {
    baseOffset,
    columns,
    count: columns.length,
    size,
    largestTimestamp: largest,
    firstBatchTimestamp: columns.length > 0 ? (columns.timestamps[0] ?? -1) : -1,
    lastModified,
    rollJitterMs: 0,
  }
}

/**
 * The segment's records as objects, from row `fromRow` on: for API edges and tests; scans read
 * `columns` directly. A reader that kept rows below `fromRow` of the same storage reads only the
 * rows after them (stored rows never change).
 */
export function segmentRecords(segment: DeepReadonly<Segment>, fromRow = 0): readonly LogRecord[] {
  const { columns, count } = engineView<Segment>(segment)
  const records: LogRecord[] = []
  for (let row = fromRow; row < count; row++) records.push(recordAt(columns, row))
  return records
}

/** A segment's rows read straight from storage, for scans over many records (no record objects). */
export interface SegmentRows {
  readonly count: number
  offsetAt(row: number): number
  tombstoneAt(row: number): boolean
  /** Who wrote the row's batch; null for a record no job wrote. */
  producerAt(row: number): string | null
  keyAt(row: number): string | null
  /** Null for a tombstone or a record without a value. */
  valueAt(row: number): string | null
}

export function segmentRows(segment: DeepReadonly<Segment>): SegmentRows {
  const { columns, count } = engineView<Segment>(segment)
  return {
    count,
    offsetAt: (row) => offsetAt(columns, row),
    tombstoneAt: (row) => isTombstoneAt(columns, row),
    producerAt: (row) => producerAt(columns, row),
    keyAt: (row) => keyAt(columns, row),
    valueAt: (row) => valueAt(columns, row),
  }
}

/** Kafka's `LogSegment.largestTimestamp`: the max record timestamp, else the file's mtime. */
export function effectiveLargestTimestamp(segment: Segment): number {
  return segment.largestTimestamp >= 0 ? segment.largestTimestamp : segment.lastModified
}

/**
 * Mutates `segment`: appends one record at `offset` (`keyId`: its key's id in the segment's key
 * table). Shared storage is never overwritten: when
 * another world already appended past `count`, an identical next row (a deterministic replay of the
 * same history) is reused as it is, and a different one (an edited history) makes the segment copy
 * its rows first.
 */
export function appendToSegmentInPlace(
  segment: Segment,
  offset: number,
  record: ProducedRecord,
  keyId: number,
  size: number,
  now: number,
  producerId = NO_PRODUCER,
): void {
  const columns = segment.columns
  if (columns.length === segment.count) {
    appendRowInPlace(columns, offset, record, keyId, size, producerId)
  } else if (!rowEquals(columns, segment.count, offset, record, keyId, size, producerId)) {
    segment.columns = copyRows(columns, segment.count)
    appendRowInPlace(segment.columns, offset, record, keyId, size, producerId)
  }
  segment.count++
  segment.size += size
  if (record.timestamp > segment.largestTimestamp) segment.largestTimestamp = record.timestamp
  segment.lastModified = now
}

/**
 * A copy that can be appended to without affecting the original. Spelled out in `createSegment`'s
 * order, not spread: V8 gives a spread copy a hidden class of its own, and code that met keyframe
 * copies and new segments alike (every append) was compiled for both and ran slower (the pipeline
 * bench after the timeline bench: 20% more CPU).
 */
export function cloneSegment(segment: Segment): Segment {
  return {
    baseOffset: segment.baseOffset,
    columns: segment.columns,
    count: segment.count,
    size: segment.size,
    largestTimestamp: segment.largestTimestamp,
    firstBatchTimestamp: segment.firstBatchTimestamp,
    lastModified: segment.lastModified,
    rollJitterMs: segment.rollJitterMs,
  }
}
