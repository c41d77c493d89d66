import type { PartitionLog } from './partition'
import type { Refilled } from '../refilled'
import { floorSegmentIndex } from './partition'
import type { LogRecord } from './record'
import type { RecordColumns } from './recordColumns'
import { firstRowAtOrAfter, offsetAt, recordAt } from './recordColumns'
import type { Segment } from './segment'

export type FetchResult<R = LogRecord> =
  | {
      readonly ok: true
      readonly records: readonly R[]
      /** Where the consumer continues: one past the last record returned, or past the scanned gap. */
      readonly nextOffset: number
      /** Served from the archive (tiered storage): the offset was below the local log start. */
      readonly fromArchive: boolean
    }
  | { readonly ok: false; readonly error: 'OFFSET_OUT_OF_RANGE'; readonly reason: string }

/**
 * A fetch from `offset` (Kafka's `UnifiedLog.read`). Below the log start offset or above the log end
 * offset the broker answers `OFFSET_OUT_OF_RANGE`; at the log end offset it returns nothing. An offset
 * that compaction removed reads from the next surviving record.
 *
 * On a tiered topic, an offset at or above the log start but below the local log start is served
 * from the archive (Kafka's remote fetch path, `RemoteLogManager.read`), up to the local log start;
 * the next fetch reads the local log. Simplification: the remote read is marked (`fromArchive`)
 * but takes no more simulated time than a local one.
 *
 * Simplification: when nothing survives between `offset` and the log end offset, the position moves
 * to the log end offset, which is what the empty batch Kafka keeps at the end of each cleaning round
 * (KAFKA-17076) achieves for a real consumer.
 */
export function fetchFrom(log: PartitionLog, offset: number, maxRecords: number): FetchResult {
  const refs = emptyRowRefs()
  const read = fetchRowRefs(log, offset, maxRecords, refs)
  if (!read.ok) return read
  const records: LogRecord[] = []
  for (let i = 0; i < refs.length; i++) {
    const columns = refs.columns[i]
    if (columns) records.push(recordAt(columns, refs.rows[i] ?? 0))
  }
  return { ...read, records }
}

/**
 * Rows of a log's storage as (columns, row) pairs, in offset order, in arrays reused from one fetch
 * to the next: `length` pairs are in use. A job reads millions of rows; an object per row read was
 * the largest share of a long run's allocations.
 */
export interface RowRefs {
  /** Undefined past `length` once released (`releaseRowRefs`). */
  readonly columns: (RecordColumns | undefined)[]
  readonly rows: number[]
  length: number
}

export function emptyRowRefs(): RowRefs {
  return { columns: [], rows: [], length: 0 }
}

/** Mutates `refs`: appends one pair (the arrays only grow at their end, so they stay packed). */
export function pushRowRef(refs: RowRefs, columns: RecordColumns, row: number): void {
  refs.columns[refs.length] = columns
  refs.rows[refs.length] = row
  refs.length++
}

/**
 * Mutates `refs`: empties it and drops its references to storage, so arrays kept for reuse do not
 * keep a discarded world's records alive. The arrays keep their room (shrinking them costs more
 * than it saves when they are filled again at once).
 */
export function releaseRowRefs(refs: RowRefs): void {
  for (let i = 0; i < refs.length; i++) refs.columns[i] = undefined
  refs.length = 0
}

/** A fetch's outcome without its records (see `fetchRowRefs`). */
export type RowsFetch =
  RowsRead | { readonly ok: false; readonly error: 'OFFSET_OUT_OF_RANGE'; readonly reason: string }

interface RowsRead {
  readonly ok: true
  readonly nextOffset: number
  readonly fromArchive: boolean
}

/**
 * What every fetch in range returns, refilled by the next: read it before fetching again. A task
 * run fetches once (half a million times in the pipeline bench), and an object per fetch was
 * young garbage the collector had to sweep past.
 */
const rowsRead: Refilled<RowsRead> = {
  ok: true,
  nextOffset: 0,
  fromArchive: false,
}

/**
 * Mutates `refs`: `fetchFrom` that appends the rows it reads to `refs` (up to `maxRecords` of them)
 * instead of reading them out as record objects. The result of a fetch in range is one object
 * reused by the next (`rowsRead`).
 */
export function fetchRowRefs(
  log: PartitionLog,
  offset: number,
  maxRecords: number,
  refs: RowRefs,
): RowsFetch {
  if (offset < log.logStartOffset || offset > log.logEndOffset) {
    return {
      ok: false,
      error: 'OFFSET_OUT_OF_RANGE',
      reason: `offset ${offset} is outside [${log.logStartOffset}, ${log.logEndOffset}]`,
    }
  }
  const fromArchive = offset < log.localLogStartOffset
  const limit = refs.length + maxRecords
  const first = refs.length
  if (fromArchive) {
    for (const archived of log.archive) {
      if (archived.endOffset <= offset) continue
      if (archived.segment.baseOffset >= log.localLogStartOffset) break
      if (readSegment(archived.segment, offset, limit, refs)) break
    }
  } else {
    for (let i = Math.max(0, floorSegmentIndex(log, offset)); i < log.segments.length; i++) {
      const segment = log.segments[i]
      if (!segment || readSegment(segment, offset, limit, refs)) break
    }
  }
  const end = fromArchive ? log.localLogStartOffset : log.logEndOffset
  const lastColumns = refs.length > first ? refs.columns[refs.length - 1] : undefined
  const nextOffset = lastColumns ? offsetAt(lastColumns, refs.rows[refs.length - 1] ?? 0) + 1 : end
  rowsRead.nextOffset = nextOffset
  rowsRead.fromArchive = fromArchive
  return rowsRead
}

/** Mutates `refs`: appends the segment's rows from `offset` on; true once it holds `limit` rows. */
function readSegment(segment: Segment, offset: number, limit: number, refs: RowRefs): boolean {
  // Rows are in offset order: start at the first one ≥ offset instead of scanning the segment.
  for (
    let row = firstRowAtOrAfter(segment.columns, segment.count, offset);
    row < segment.count;
    row++
  ) {
    pushRowRef(refs, segment.columns, row)
    if (refs.length >= limit) return true
  }
  return false
}

/** Every record still in the log, oldest first: what a reader from the log start offset gets. */
export function readWholeLog(log: PartitionLog): readonly LogRecord[] {
  const read = fetchFrom(log, log.logStartOffset, Number.MAX_SAFE_INTEGER)
  if (!read.ok) return []
  if (!read.fromArchive) return read.records
  // A tiered log: the archive up to the local log start, then the local log.
  const local = fetchFrom(log, read.nextOffset, Number.MAX_SAFE_INTEGER)
  return local.ok ? read.records.concat(local.records) : read.records
}

/**
 * One Fetch response: `fetchFrom` cut at the end of the segment holding its first record. A broker
 * answers a Fetch from one segment (the first, from the offset on, that has data), so a consumer
 * needs another request for the next segment; a poll (`fetchFrom`) chains those requests.
 */
export function fetchOneSegment(
  log: PartitionLog,
  offset: number,
  maxRecords: number,
): FetchResult {
  const result = fetchFrom(log, offset, maxRecords)
  const first = result.ok ? result.records[0] : undefined
  if (!result.ok || first === undefined) return result
  const segments = result.fromArchive ? log.archive.map((a) => a.segment) : log.segments
  const nextBase = segments.find((segment) => segment.baseOffset > first.offset)?.baseOffset
  if (nextBase === undefined) return result
  const records = result.records.filter((record) => record.offset < nextBase)
  const last = records[records.length - 1]
  if (last === undefined || records.length === result.records.length) return result
  return { ...result, records, nextOffset: last.offset + 1 }
}
