import type { RecordSnapshot, SegmentRows, SegmentSnapshot } from '../sim'
import { segmentRecords, segmentRows } from '../sim'

type ReadonlySegment = Parameters<typeof segmentRecords>[0]
type Storage = ReadonlySegment['columns']

/**
 * What has been read of one record storage (a segment's columns) so far: its first rows as
 * records, and each producer with the first row it wrote among the first `scanned` rows. Stored
 * rows never change (an append that would overwrite one copies the storage first), so a reading
 * stays true for every segment that uses the storage, whatever its count.
 */
interface StorageReading {
  records: readonly RecordSnapshot[]
  scanned: number
  /** Producer → the first row it wrote, in the order of those rows. */
  readonly firstRows: Map<string, number>
}

/**
 * Readings by storage, not by segment: replaying from a keyframe makes a new segment object for
 * every segment rolled since (and every active one), but they keep the same storage. Keyed by
 * segment, each scrub step re-read every record of an active segment (100k in a job's output).
 */
const readings = new WeakMap<Storage, StorageReading>()
/** The engine's segment behind each snapshot `segmentSnapshot` made. */
const origins = new WeakMap<SegmentSnapshot, ReadonlySegment>()

function readingOf(storage: Storage): StorageReading {
  const reading = readings.get(storage) ?? { records: [], scanned: 0, firstRows: new Map() }
  readings.set(storage, reading)
  return reading
}

/**
 * A segment in the snapshot's shape whose records are made when first asked for: the stage reads
 * a long log's offsets, tombstones and writers from storage (`rowsOf`, `producersOf`) and never
 * needs them as objects.
 */
export function segmentSnapshot(segment: ReadonlySegment, active: boolean): SegmentSnapshot {
  let records: readonly RecordSnapshot[] | undefined
  const snapshot: SegmentSnapshot = {
    baseOffset: segment.baseOffset,
    active,
    get records() {
      records ??= recordsOf(segment)
      return records
    },
  }
  origins.set(snapshot, segment)
  return snapshot
}

/** The segment's records; only the rows no earlier call read are turned into records. */
function recordsOf(segment: ReadonlySegment): readonly RecordSnapshot[] {
  const reading = readingOf(segment.columns)
  const known = reading.records.length
  if (known < segment.count) {
    reading.records = reading.records.concat(segmentRecords(segment, known))
  }
  const all = reading.records
  return all.length === segment.count ? all : all.slice(0, segment.count)
}

/** The segment's rows: from storage for a snapshot `segmentSnapshot` made, else from its records. */
export function rowsOf(segment: SegmentSnapshot): SegmentRows {
  const origin = origins.get(segment)
  return origin === undefined ? rowsOfRecords(segment.records) : segmentRows(origin)
}

function rowsOfRecords(records: readonly RecordSnapshot[]): SegmentRows {
  return {
    count: records.length,
    offsetAt: (row) => records[row]?.offset ?? Infinity,
    tombstoneAt: (row) => {
      const record = records[row]
      return record !== undefined && record.key !== null && record.value === null
    },
    producerAt: (row) => records[row]?.producer ?? null,
    keyAt: (row) => records[row]?.key ?? null,
    valueAt: (row) => records[row]?.value ?? null,
  }
}

/**
 * Who wrote the segment's records (each record keeps its producer), in order of first write. Rows
 * of a storage are scanned once, however many scrub steps ask.
 */
export function producersOf(segment: SegmentSnapshot): readonly string[] {
  const origin = origins.get(segment)
  const rows = rowsOf(segment)
  const reading: StorageReading =
    origin === undefined
      ? { records: [], scanned: 0, firstRows: new Map() }
      : readingOf(origin.columns)
  for (let row = reading.scanned; row < rows.count; row++) {
    const producer = rows.producerAt(row)
    if (producer !== null && !reading.firstRows.has(producer)) reading.firstRows.set(producer, row)
  }
  reading.scanned = Math.max(reading.scanned, rows.count)
  const producers: string[] = []
  for (const [producer, row] of reading.firstRows) if (row < rows.count) producers.push(producer)
  return producers
}

/** Tombstone rows found so far in one storage, in order, and how many of its rows were looked at. */
interface TombstoneReading {
  readonly rows: number[]
  scanned: number
}

const tombstoneReadings = new WeakMap<Storage, TombstoneReading>()

/**
 * The segment's rows that hold tombstones, in order. Rows of a storage are scanned once, however
 * many scrub steps ask: the stage counts a dense lane's tombstones per column on every step.
 */
export function tombstoneRowsOf(segment: SegmentSnapshot): readonly number[] {
  const origin = origins.get(segment)
  const rows = rowsOf(segment)
  const reading = (origin && tombstoneReadings.get(origin.columns)) ?? { rows: [], scanned: 0 }
  if (origin !== undefined) tombstoneReadings.set(origin.columns, reading)
  for (let row = reading.scanned; row < rows.count; row++) {
    if (rows.tombstoneAt(row)) reading.rows.push(row)
  }
  reading.scanned = Math.max(reading.scanned, rows.count)
  // A longer segment on the same storage may have read past this one's rows.
  const last = reading.rows.at(-1)
  if (last === undefined || last < rows.count) return reading.rows
  return reading.rows.filter((row) => row < rows.count)
}

/**
 * Index of the first row with offset ≥ `offset` (rows are in offset order), searched among rows
 * `[from, to)` (all by default); `to` when none is.
 */
export function firstRowAtOrAfter(
  rows: SegmentRows,
  offset: number,
  from = 0,
  to = rows.count,
): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (rows.offsetAt(mid) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
