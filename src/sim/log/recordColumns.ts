import type { LogRecord, ProducedRecord } from './record'
import { NO_KEY, NO_PRODUCER, type KeyTable } from './keyTable'

/**
 * Append-only record storage as parallel arrays (struct of arrays). One object per record made
 * appends GC-bound: every record, and then every value string, survived two scavenges. Numeric
 * columns hold no objects, and values are stored as UTF-16 code units in one growing buffer, so a
 * million records retain a handful of typed arrays. Rows are never changed once written, so copies
 * of a segment (keyframes) can share the columns: each owns rows [0, its count) and only appends
 * where the rows past its count allow it.
 */
export interface RecordColumns {
  readonly keyTable: KeyTable
  /** Rows written; the row capacity is the length of `keyIds` (see `rowCapacity`). */
  length: number
  /**
   * The offset of each row, or null while row `r` holds offset `firstOffset + r`: appends leave no
   * gaps, so only the cleaner's copies (and a row that breaks the run) spell the offsets out.
   */
  offsets: Float64Array | null
  /** Row 0's offset (meaningful once a row is written). */
  firstOffset: number
  timestamps: Float64Array
  /**
   * 32-bit where a value fits: a record's size is at most `segment.bytes` (an int, as in Kafka; a
   * larger batch is refused), and a value start indexes `valueChars`. Every byte of a row is memory
   * written fresh (pages the kernel maps in), which was most of what an append cost; so columns
   * that usually hold one value for every row (`offsets` above, `sizes`, `producerIds`) are only
   * stored once a row differs.
   */
  sizes: Int32Array | null
  /** Every row's size while `sizes` is null (one unit per record under the `records` model). */
  uniformSize: number
  keyIds: Int32Array
  /**
   * The producer of each row's batch (Kafka's batches carry a producer id): which job wrote a
   * record of a topic several jobs write. Null while every row has `uniformProducerId` (a topic
   * one producer writes).
   */
  producerIds: Int32Array | null
  uniformProducerId: number
  /**
   * Where each row's value starts in `valueChars`, or `-1 - start` for a null value (which takes no
   * code units). A value ends where the next row's starts (`charCount` after the last row): rows
   * are written in order and never changed, so the lengths need no column of their own.
   */
  valueStarts: Int32Array
  /**
   * The values' UTF-16 code units, one byte each while every unit written fits in one (Latin-1:
   * the generated values, counts and most scenario texts), widened to two bytes by the first that
   * does not (`widenCharsInPlace`): each byte is memory written fresh, as for the numeric columns.
   */
  valueChars: Uint8Array | Uint16Array
  /** Code units used in `valueChars`. */
  charCount: number
  /** KIP-534 delete horizons by row: few (stamped tombstones only), so a map rather than a column. */
  readonly deleteHorizons: Map<number, number>
  /** Rows already read out as objects (`recordAt`): repeated snapshots and fetches reuse them. */
  readonly readOut: (LogRecord | undefined)[]
}

const NULL_VALUE = -1

/** Room reserved up front, in rows and in value code units. */
export interface ColumnsCapacity {
  readonly rows: number
  readonly chars: number
}

const MIN_CAPACITY: ColumnsCapacity = { rows: 16, chars: 128 }

export function createColumns(
  keyTable: KeyTable,
  capacity: ColumnsCapacity = MIN_CAPACITY,
): RecordColumns {
  const rows = Math.max(MIN_CAPACITY.rows, capacity.rows)
  return {
    keyTable,
    length: 0,
    offsets: null,
    firstOffset: 0,
    timestamps: new Float64Array(rows),
    sizes: null,
    uniformSize: 0,
    keyIds: new Int32Array(rows),
    producerIds: null,
    uniformProducerId: NO_PRODUCER,
    valueStarts: new Int32Array(rows),
    valueChars: new Uint8Array(Math.max(MIN_CAPACITY.chars, capacity.chars)),
    charCount: 0,
    deleteHorizons: new Map(),
    readOut: [],
  }
}

/** How many rows the columns have room for before they grow. */
export function rowCapacity(columns: RecordColumns): number {
  return columns.keyIds.length
}

/** The room rows [0, count) take. */
export function usedCapacity(columns: RecordColumns, count: number): ColumnsCapacity {
  return { rows: count, chars: count === 0 ? 0 : valueEndAt(columns, count - 1) }
}

/** A copy of `array` with room for `length` elements (the rows written so far are kept). */
function grown<T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(
  array: T,
  length: number,
): T {
  const copy = new (array.constructor as new (length: number) => T)(length)
  copy.set(array)
  return copy
}

/**
 * Mutates `columns`: makes room for one more row holding `chars` more code units (the typed
 * arrays are replaced by larger copies, so sharers keep reading the same rows).
 */
function reserveInPlace(columns: RecordColumns, chars: number): void {
  const rows = columns.length + 1
  if (rows > rowCapacity(columns)) {
    const capacity = rowCapacity(columns) * 2
    if (columns.offsets !== null) columns.offsets = grown(columns.offsets, capacity)
    columns.timestamps = grown(columns.timestamps, capacity)
    if (columns.sizes !== null) columns.sizes = grown(columns.sizes, capacity)
    columns.keyIds = grown(columns.keyIds, capacity)
    if (columns.producerIds !== null) columns.producerIds = grown(columns.producerIds, capacity)
    columns.valueStarts = grown(columns.valueStarts, capacity)
  }
  const needed = columns.charCount + chars
  if (needed > columns.valueChars.length) {
    columns.valueChars = grown(columns.valueChars, Math.max(needed, columns.valueChars.length * 2))
  }
}

/** Mutates `columns`: writes the row fields other than the value and returns the row index. */
function appendFieldsInPlace(
  columns: RecordColumns,
  offset: number,
  keyId: number,
  producerId: number,
  timestamp: number,
  size: number,
  valueLength: number,
  deleteHorizonMs: number | undefined,
): number {
  reserveInPlace(columns, Math.max(0, valueLength))
  const row = columns.length
  if (row === 0) {
    columns.firstOffset = offset
    columns.uniformSize = size
    columns.uniformProducerId = producerId
  }
  if (columns.offsets !== null || offset !== columns.firstOffset + row)
    (columns.offsets ?? spellOutOffsets(columns))[row] = offset
  if (columns.sizes !== null || size !== columns.uniformSize)
    (columns.sizes ?? spellOutSizes(columns))[row] = size
  if (columns.producerIds !== null || producerId !== columns.uniformProducerId)
    (columns.producerIds ?? spellOutProducers(columns))[row] = producerId
  columns.timestamps[row] = timestamp
  columns.keyIds[row] = keyId
  columns.valueStarts[row] = valueLength === NULL_VALUE ? -1 - columns.charCount : columns.charCount
  if (deleteHorizonMs !== undefined) columns.deleteHorizons.set(row, deleteHorizonMs)
  columns.length = row + 1
  return row
}

/**
 * Mutates `columns`: stores the offset of every row written so far, which a row breaking the run
 * from `firstOffset` needs. Sharers read the same offsets from either form.
 */
function spellOutOffsets(columns: RecordColumns): Float64Array {
  const offsets = new Float64Array(rowCapacity(columns))
  for (let row = 0; row < columns.length; row++) offsets[row] = columns.firstOffset + row
  columns.offsets = offsets
  return offsets
}

/** Mutates `columns`: stores every written row's size, once a row's size differs. */
function spellOutSizes(columns: RecordColumns): Int32Array {
  const sizes = new Int32Array(rowCapacity(columns)).fill(columns.uniformSize, 0, columns.length)
  columns.sizes = sizes
  return sizes
}

/** Mutates `columns`: stores every written row's producer, once a row's producer differs. */
function spellOutProducers(columns: RecordColumns): Int32Array {
  const producers = new Int32Array(rowCapacity(columns))
  producers.fill(columns.uniformProducerId, 0, columns.length)
  columns.producerIds = producers
  return producers
}

/**
 * Mutates `columns`: writes a newly produced `record` (no delete horizon yet) as the next row;
 * `keyId` and `producerId` are its key's and its producer's ids in the columns' key table.
 */
export function appendRowInPlace(
  columns: RecordColumns,
  offset: number,
  record: ProducedRecord,
  keyId: number,
  size: number,
  producerId = NO_PRODUCER,
): void {
  const value = record.value
  const length = value === null ? NULL_VALUE : value.length
  appendFieldsInPlace(columns, offset, keyId, producerId, record.timestamp, size, length, undefined)
  if (value === null) return
  let chars = columns.valueChars
  const start = columns.charCount
  for (let i = 0; i < length; i++) {
    const unit = value.charCodeAt(i)
    if (unit > LATIN1_MAX && chars.BYTES_PER_ELEMENT === 1) chars = widenCharsInPlace(columns)
    chars[start + i] = unit
  }
  columns.charCount = start + length
}

const LATIN1_MAX = 0xff

/**
 * Mutates `columns`: two bytes a code unit from now on (the units written so far copied); rows
 * read the same. Sharers of the columns read the new array as they would a grown one.
 */
function widenCharsInPlace(columns: RecordColumns): Uint16Array {
  const wide = new Uint16Array(columns.valueChars.length)
  wide.set(columns.valueChars)
  columns.valueChars = wide
  return wide
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
  const length = valueLengthAt(from, row)
  appendFieldsInPlace(
    to,
    offsetAt(from, row),
    from.keyIds[row] ?? NO_KEY,
    producerIdAt(from, row),
    from.timestamps[row] ?? 0,
    sizeAt(from, row),
    length,
    deleteHorizonMs,
  )
  const source = valueStartAt(from, row)
  const target = to.charCount
  // Copied units need as many bytes as they had (a unit that does not fit one byte is in wide storage).
  if (from.valueChars.BYTES_PER_ELEMENT > to.valueChars.BYTES_PER_ELEMENT) widenCharsInPlace(to)
  for (let i = 0; i < length; i++) to.valueChars[target + i] = from.valueChars[source + i] ?? 0
  to.charCount = target + Math.max(0, length)
}

/** New columns holding a copy of rows [0, count), with room to append. */
export function copyRows(columns: RecordColumns, count: number): RecordColumns {
  const copy = createColumns(columns.keyTable, usedCapacity(columns, count))
  for (let row = 0; row < count; row++) copyRowInPlace(columns, row, copy)
  return copy
}

/**
 * Whether `row` holds exactly what `appendRowInPlace` would write for `record` at `offset` (a
 * deterministic replay writing what is already there).
 */
export function rowEquals(
  columns: RecordColumns,
  row: number,
  offset: number,
  record: ProducedRecord,
  keyId: number,
  size: number,
  producerId = NO_PRODUCER,
): boolean {
  return (
    offsetAt(columns, row) === offset &&
    columns.timestamps[row] === record.timestamp &&
    sizeAt(columns, row) === size &&
    columns.keyIds[row] === keyId &&
    producerIdAt(columns, row) === producerId &&
    valueEquals(columns, row, record.value) &&
    !columns.deleteHorizons.has(row)
  )
}

function valueEquals(columns: RecordColumns, row: number, value: string | null): boolean {
  const length = valueLengthAt(columns, row)
  if (value === null || length === NULL_VALUE) return value === null && length === NULL_VALUE
  if (length !== value.length) return false
  const start = valueStartAt(columns, row)
  for (let i = 0; i < length; i++) {
    if (columns.valueChars[start + i] !== value.charCodeAt(i)) return false
  }
  return true
}

export function keyAt(columns: RecordColumns, row: number): string | null {
  const id = columns.keyIds[row] ?? NO_KEY
  return id === NO_KEY ? null : (columns.keyTable.keys[id] ?? null)
}

/** The name of the producer that wrote the row, or null. */
export function producerAt(columns: RecordColumns, row: number): string | null {
  const id = producerIdAt(columns, row)
  return id === NO_PRODUCER ? null : (columns.keyTable.producers[id] ?? null)
}

function producerIdAt(columns: RecordColumns, row: number): number {
  const ids = columns.producerIds
  return ids === null ? columns.uniformProducerId : (ids[row] ?? NO_PRODUCER)
}

/** The row's size in size units. */
export function sizeAt(columns: RecordColumns, row: number): number {
  const sizes = columns.sizes
  return sizes === null ? columns.uniformSize : (sizes[row] ?? 0)
}

/** How many code units the row's value takes in `valueChars`. */
export function valueCharsAt(columns: RecordColumns, row: number): number {
  return Math.max(0, valueLengthAt(columns, row))
}

/** Where the row's value starts in `valueChars` (a null value takes no code units there). */
function valueStartAt(columns: RecordColumns, row: number): number {
  const start = columns.valueStarts[row] ?? 0
  return start < 0 ? -1 - start : start
}

/** Where the row's value ends in `valueChars`: where the next row's starts. */
function valueEndAt(columns: RecordColumns, row: number): number {
  return row + 1 < columns.length ? valueStartAt(columns, row + 1) : columns.charCount
}

/** The row's value length in code units, or `NULL_VALUE`. */
function valueLengthAt(columns: RecordColumns, row: number): number {
  const start = columns.valueStarts[row] ?? 0
  return start < 0 ? NULL_VALUE : valueEndAt(columns, row) - start
}

export function valueAt(columns: RecordColumns, row: number): string | null {
  const length = valueLengthAt(columns, row)
  if (length === NULL_VALUE) return null
  const start = valueStartAt(columns, row)
  // Char by char: values are short (scenario texts are bounded), and this was 10x faster than
  // `String.fromCharCode(...subarray)`; TextDecoder would replace lone surrogates.
  let value = ''
  for (let i = 0; i < length; i++) value += String.fromCharCode(columns.valueChars[start + i] ?? 0)
  return value
}

/** A keyed record with a null value: a delete of its key in a compacted topic. */
export function isTombstoneAt(columns: RecordColumns, row: number): boolean {
  return columns.keyIds[row] !== NO_KEY && (columns.valueStarts[row] ?? 0) < 0
}

/**
 * `x`, as a small integer when it is one. A number read from a Float64Array is a double, and an
 * object field that has held a double boxes every number stored in it afterwards: snapshots of
 * records read from columns were ~10x slower than snapshots of the record objects they replaced.
 */
function exactInt32(x: number): number {
  return (x | 0) === x ? x | 0 : x
}

/**
 * The row as a record object: for the API edges (fetch, snapshots, events), not for scans. Rows
 * never change, so the object is kept for the next read.
 */
export function recordAt(columns: RecordColumns, row: number): LogRecord {
  return (columns.readOut[row] ??= readRecord(columns, row))
}

export function offsetAt(columns: RecordColumns, row: number): number {
  const offsets = columns.offsets
  return exactInt32(offsets === null ? columns.firstOffset + row : (offsets[row] ?? 0))
}

/**
 * The first of rows [0, count) with offset ≥ `offset`, or `count`: rows are in offset order, so
 * a binary search, or arithmetic while the offsets run without gaps.
 */
export function firstRowAtOrAfter(columns: RecordColumns, count: number, offset: number): number {
  const offsets = columns.offsets
  if (offsets === null) return Math.min(count, Math.max(0, offset - columns.firstOffset))
  let lo = 0
  let hi = count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((offsets[mid] ?? Infinity) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function timestampAt(columns: RecordColumns, row: number): number {
  return exactInt32(columns.timestamps[row] ?? 0)
}

function readRecord(columns: RecordColumns, row: number): LogRecord {
  const record = {
    offset: offsetAt(columns, row),
    key: keyAt(columns, row),
    value: valueAt(columns, row),
    timestamp: timestampAt(columns, row),
    size: exactInt32(sizeAt(columns, row)),
  }
  const producer = producerAt(columns, row)
  const withProducer = producer === null ? record : { ...record, producer }
  const deleteHorizonMs = columns.deleteHorizons.get(row)
  return deleteHorizonMs === undefined ? withProducer : { ...withProducer, deleteHorizonMs }
}
