/**
 * How record sizes are counted. Kafka measures segments, retention and the dirty ratio in bytes;
 * in class, counting one unit per record keeps the arithmetic easy to follow.
 *
 * - `records`: every record is 1 unit, so `segment.bytes: 4` means "4 records per segment".
 * - `bytes`: an approximation of a v2 record batch holding one record: 61 bytes of batch header,
 *   about 8 bytes of per-record varints, plus the UTF-8 lengths of the key and the value.
 *   Simplification: real sizes also depend on headers, compression and batching.
 */
export type SizeModel = 'records' | 'bytes'

const BATCH_HEADER_BYTES = 61
const RECORD_OVERHEAD_BYTES = 8
const encoder = new TextEncoder()

export function recordSize(model: SizeModel, key: string | null, value: string | null): number {
  if (model === 'records') return 1
  const keyBytes = key === null ? 0 : encoder.encode(key).length
  const valueBytes = value === null ? 0 : encoder.encode(value).length
  return BATCH_HEADER_BYTES + RECORD_OVERHEAD_BYTES + keyBytes + valueBytes
}
