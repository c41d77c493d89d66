import type { LogRecord } from './record'

/**
 * Record keys interned per partition log. Rows store a small integer per key, so a million records
 * over ten thousand keys retain ten thousand strings, and the cleaner's offset map is an array
 * indexed by key id. Append-only and shared by a log and all its copies: an id never changes meaning.
 */
export interface KeyTable {
  readonly idByKey: Map<string, number>
  readonly keys: string[]
}

/** The key id of a keyless record. */
export const NO_KEY = -1

export function createKeyTable(): KeyTable {
  return { idByKey: new Map(), keys: [] }
}

/** Mutates `table` when `key` is new. */
export function internKey(table: KeyTable, key: string | null): number {
  if (key === null) return NO_KEY
  let id = table.idByKey.get(key)
  if (id === undefined) {
    id = table.keys.length
    table.keys.push(key)
    table.idByKey.set(key, id)
  }
  return id
}

/**
 * Append-only record storage as parallel arrays (struct of arrays). One object per record made
 * appends GC-bound (every record survived two scavenges); numeric columns hold no objects at all.
 * Rows are never changed once written, so copies of a segment (keyframes) can share the columns:
 * each owns rows [0, its count) and only appends where the rows past its count allow it.
 */
export interface RecordColumns {
  readonly keyTable: KeyTable
  /** Rows written; capacity is the length of the typed arrays. */
  length: number
  offsets: Float64Array
  timestamps: Float64Array
  sizes: Float64Array
  keyIds: Int32Array
  readonly values: (string | null)[]
  /** KIP-534 delete horizons by row: few (stamped tombstones only), so a map rather than a column. */
  readonly deleteHorizons: Map<number, number>
}

const INITIAL_CAPACITY = 16

export function createColumns(keyTable: KeyTable, capacity = INITIAL_CAPACITY): RecordColumns {
  const size = Math.max(1, capacity)
  return {
    keyTable,
    length: 0,
    offsets: new Float64Array(size),
    timestamps: new Float64Array(size),
    sizes: new Float64Array(size),
    keyIds: new Int32Array(size),
    values: [],
    deleteHorizons: new Map(),
  }
}

/** Mutates `columns`: the typed arrays are replaced by larger copies (rows keep their values). */
function growInPlace(columns: RecordColumns, capacity: number): void {
  const grow = <T extends Float64Array | Int32Array>(from: T, to: T): T => {
    to.set(from.subarray(0, columns.length))
    return to
  }
  columns.offsets = grow(columns.offsets, new Float64Array(capacity))
  columns.timestamps = grow(columns.timestamps, new Float64Array(capacity))
  columns.sizes = grow(columns.sizes, new Float64Array(capacity))
  columns.keyIds = grow(columns.keyIds, new Int32Array(capacity))
}

/** Mutates `columns`: writes `record` as the next row and returns its index. */
export function appendRowInPlace(columns: RecordColumns, record: LogRecord): number {
  const row = columns.length
  if (row === columns.offsets.length) growInPlace(columns, row * 2)
  columns.offsets[row] = record.offset
  columns.timestamps[row] = record.timestamp
  columns.sizes[row] = record.size
  columns.keyIds[row] = internKey(columns.keyTable, record.key)
  columns.values.push(record.value)
  if (record.deleteHorizonMs !== undefined) columns.deleteHorizons.set(row, record.deleteHorizonMs)
  columns.length = row + 1
  return row
}

/** Whether `row` holds exactly `record` (a deterministic replay writing what is already there). */
export function rowEquals(columns: RecordColumns, row: number, record: LogRecord): boolean {
  return (
    columns.offsets[row] === record.offset &&
    columns.timestamps[row] === record.timestamp &&
    columns.sizes[row] === record.size &&
    columns.values[row] === record.value &&
    keyAt(columns, row) === record.key &&
    columns.deleteHorizons.get(row) === record.deleteHorizonMs
  )
}

/** New columns holding a copy of rows [0, count), with room to append. */
export function copyRows(columns: RecordColumns, count: number): RecordColumns {
  const copy = createColumns(columns.keyTable, count * 2)
  copy.offsets.set(columns.offsets.subarray(0, count))
  copy.timestamps.set(columns.timestamps.subarray(0, count))
  copy.sizes.set(columns.sizes.subarray(0, count))
  copy.keyIds.set(columns.keyIds.subarray(0, count))
  for (let row = 0; row < count; row++) copy.values.push(columns.values[row] ?? null)
  for (const [row, horizon] of columns.deleteHorizons) {
    if (row < count) copy.deleteHorizons.set(row, horizon)
  }
  copy.length = count
  return copy
}

/**
 * Mutates `to`: appends row `row` of `from` (same key table), with `deleteHorizonMs` when given,
 * else the row's own horizon.
 */
export function copyRowInPlace(
  from: RecordColumns,
  row: number,
  to: RecordColumns,
  deleteHorizonMs = from.deleteHorizons.get(row),
): void {
  const target = to.length
  if (target === to.offsets.length) growInPlace(to, target * 2)
  to.offsets[target] = from.offsets[row] ?? 0
  to.timestamps[target] = from.timestamps[row] ?? 0
  to.sizes[target] = from.sizes[row] ?? 0
  to.keyIds[target] = from.keyIds[row] ?? NO_KEY
  to.values.push(from.values[row] ?? null)
  if (deleteHorizonMs !== undefined) to.deleteHorizons.set(target, deleteHorizonMs)
  to.length = target + 1
}

export function keyAt(columns: RecordColumns, row: number): string | null {
  const id = columns.keyIds[row] ?? NO_KEY
  return id === NO_KEY ? null : (columns.keyTable.keys[id] ?? null)
}

/** A keyed record with a null value (see `isTombstone`). */
export function isTombstoneAt(columns: RecordColumns, row: number): boolean {
  return columns.keyIds[row] !== NO_KEY && columns.values[row] === null
}

/** The row as a record object: for the API edges (fetch, snapshots, events), not for scans. */
export function recordAt(columns: RecordColumns, row: number): LogRecord {
  const record = {
    offset: columns.offsets[row] ?? 0,
    key: keyAt(columns, row),
    value: columns.values[row] ?? null,
    timestamp: columns.timestamps[row] ?? 0,
    size: columns.sizes[row] ?? 0,
  }
  const deleteHorizonMs = columns.deleteHorizons.get(row)
  return deleteHorizonMs === undefined ? record : { ...record, deleteHorizonMs }
}
