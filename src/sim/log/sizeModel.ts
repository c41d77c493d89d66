/**
 * How record sizes are counted. Kafka measures segments, retention and the dirty ratio in bytes;
 * in class, counting one unit per record keeps the arithmetic easy to follow.
 *
 * - `records`: every record is 1 unit, so `segment.bytes: 4` means "4 records per segment".
 * - `bytes`: an approximation of a v2 record batch holding one record: 61 bytes of batch header,
 *   about 8 bytes of per-record varints, plus the UTF-8 lengths of the key and the value.
 * - `kafka-v2`: the exact bytes Kafka stores for an uncompressed v2 record batch without headers.
 *   The first record of a batch carries the 61-byte batch header; each record adds its own
 *   varint-encoded fields (`batchRecordBytes`). A batch's records add up to the batch's size.
 *   Simplification: sizes are fixed at append, while a real cleaner rewrites batches (a removed
 *   record takes its bytes with it, but a tombstone's batch re-encodes its timestamps against the
 *   delete horizon, and a batch left empty may keep its header).
 */
export type SizeModel = 'records' | 'bytes' | 'kafka-v2'

/** Where a record sits in its producer batch (the v2 format stores both as deltas). */
export interface BatchPosition {
  /** Its index in the batch (0 for the first record). */
  readonly offsetDelta: number
  /** Its timestamp minus the batch's first timestamp (may be negative). */
  readonly timestampDelta: number
}

export const FIRST_IN_BATCH: BatchPosition = { offsetDelta: 0, timestampDelta: 0 }

/**
 * The v2 batch header: base offset (8), batch length (4), partition leader epoch (4), magic (1),
 * CRC (4), attributes (2), last offset delta (4), base timestamp (8), max timestamp (8),
 * producer id (8), producer epoch (2), base sequence (4) and the record count (4).
 */
export const V2_BATCH_HEADER_BYTES = 61
const APPROXIMATE_RECORD_OVERHEAD_BYTES = 8

export function recordSize(
  model: SizeModel,
  key: string | null,
  value: string | null,
  position: BatchPosition = FIRST_IN_BATCH,
): number {
  if (model === 'records') return 1
  const keyBytes = utf8Length(key)
  const valueBytes = utf8Length(value)
  if (model === 'bytes') {
    const payload = Math.max(keyBytes, 0) + Math.max(valueBytes, 0)
    return V2_BATCH_HEADER_BYTES + APPROXIMATE_RECORD_OVERHEAD_BYTES + payload
  }
  const header = position.offsetDelta === 0 ? V2_BATCH_HEADER_BYTES : 0
  return header + batchRecordBytes(keyBytes, valueBytes, position)
}

/**
 * UTF-8 bytes, or −1 for null (as the v2 format writes a null key or value's length). Counted
 * from the UTF-16 code units, without encoding: sizes are asked for on every append, and an encoded
 * copy per record was garbage. A lone surrogate counts 3, as the encoder writes U+FFFD for it.
 */
export function utf8Length(text: string | null): number {
  if (text === null) return -1
  let bytes = text.length
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) continue
    if (unit < 0x800) bytes += 1
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A pair: 2 code units, 4 bytes.
      bytes += 2
      i++
    } else bytes += 2
  }
  return bytes
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}

/**
 * One record inside a v2 batch (DefaultRecord): its length as a varint, then attributes (1 byte),
 * the timestamp delta (varlong), the offset delta (varint), the key length (varint, −1 for null) and
 * key, the value length (varint, −1 for null) and value, and the header count (varint 0).
 * `keyBytes`/`valueBytes` are −1 for null.
 */
export function batchRecordBytes(
  keyBytes: number,
  valueBytes: number,
  position: BatchPosition,
): number {
  const body =
    1 +
    varintBytes(position.timestampDelta) +
    varintBytes(position.offsetDelta) +
    varintBytes(keyBytes) +
    Math.max(keyBytes, 0) +
    varintBytes(valueBytes) +
    Math.max(valueBytes, 0) +
    varintBytes(0)
  return varintBytes(body) + body
}

/** Bytes of a zig-zag varint (Kafka's ByteUtils.sizeOfVarint / sizeOfVarlong), 7 bits a byte. */
export function varintBytes(value: number): number {
  let zigZag = value >= 0 ? value * 2 : -value * 2 - 1
  let bytes = 1
  while (zigZag >= 128) {
    zigZag = Math.floor(zigZag / 128)
    bytes++
  }
  return bytes
}
