import type { LogRecord } from './record'

/**
 * A log segment: a contiguous offset range starting at `baseOffset`.
 *
 * Record storage is shared between a world and its keyframes: only `records[0, count)` belongs to
 * this segment, and an append copies the array first when someone else has appended past `count`
 * (the length-marker trick of append-only logs). Sealed segments are never changed; the cleaner
 * builds new ones.
 */
export interface Segment {
  readonly baseOffset: number
  records: LogRecord[]
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

export function createSegment(baseOffset: number, now: number, rollJitterMs = 0): Segment {
  return {
    baseOffset,
    records: [],
    count: 0,
    size: 0,
    largestTimestamp: -1,
    firstBatchTimestamp: -1,
    lastModified: now,
    rollJitterMs,
  }
}

/** Builds a sealed segment from records (used by the cleaner). */
export function sealedSegment(
  baseOffset: number,
  records: LogRecord[],
  lastModified: number,
): Segment {
  let size = 0
  let largest = -1
  for (const r of records) {
    size += r.size
    if (r.timestamp > largest) largest = r.timestamp
  }
  return {
    baseOffset,
    records,
    count: records.length,
    size,
    largestTimestamp: largest,
    firstBatchTimestamp: records[0]?.timestamp ?? -1,
    lastModified,
    rollJitterMs: 0,
  }
}

/** The segment's records (a view of the shared storage). */
export function segmentRecords(segment: Segment): readonly LogRecord[] {
  return segment.records.length === segment.count
    ? segment.records
    : segment.records.slice(0, segment.count)
}

/** Kafka's `LogSegment.largestTimestamp`: the max record timestamp, else the file's mtime. */
export function effectiveLargestTimestamp(segment: Segment): number {
  return segment.largestTimestamp >= 0 ? segment.largestTimestamp : segment.lastModified
}

/**
 * Mutates `segment`: appends one record and returns the stored one. Shared storage is never
 * overwritten: when another world already appended past `count`, an identical next record (a
 * deterministic replay of the same history) is reused as it is, and a different one (an edited
 * history) makes the segment copy its own records first.
 */
export function appendToSegmentInPlace(
  segment: Segment,
  record: LogRecord,
  now: number,
): LogRecord {
  const next = segment.records[segment.count]
  let stored = record
  if (next === undefined) {
    segment.records.push(record)
  } else if (isSameRecord(next, record)) {
    stored = next
  } else {
    segment.records = segment.records.slice(0, segment.count)
    segment.records.push(record)
  }
  segment.count++
  segment.size += record.size
  if (record.timestamp > segment.largestTimestamp) segment.largestTimestamp = record.timestamp
  segment.lastModified = now
  return stored
}

function isSameRecord(a: LogRecord, b: LogRecord): boolean {
  return (
    a.offset === b.offset &&
    a.key === b.key &&
    a.value === b.value &&
    a.timestamp === b.timestamp &&
    a.size === b.size &&
    a.deleteHorizonMs === b.deleteHorizonMs
  )
}

/** A copy that can be appended to without affecting the original. */
export function cloneSegment(segment: Segment): Segment {
  return { ...segment }
}
