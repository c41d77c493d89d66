/**
 * Kafka's murmur2 hash, which its default partitioner applies to the serialized key:
 * `partition = toPositive(murmur2(keyBytes)) % numPartitions`. Keys are UTF-8 encoded here,
 * as Kafka's StringSerializer does, so the simulator sends a key to the partition Kafka would.
 */
const SEED = 0x9747b28c
const M = 0x5bd1e995

const encoder = new TextEncoder()

/** Reused for ASCII keys, whose UTF-8 bytes are their UTF-16 code units. */
const asciiBytes = new Uint8Array(256)

/**
 * The key's UTF-8 bytes: a fresh encoding, or, for a short ASCII key (the common case, which then
 * allocates nothing per record sent), `asciiBytes` with the key in its first `key.length` bytes.
 */
function utf8Bytes(key: string): Uint8Array {
  if (key.length > asciiBytes.length) return encoder.encode(key)
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i)
    if (unit >= 0x80) return encoder.encode(key)
    asciiBytes[i] = unit
  }
  return asciiBytes
}

/** murmur2 of the UTF-8 bytes of `key`, as a signed 32-bit integer (as Kafka returns it). */
export function murmur2(key: string): number {
  const data = utf8Bytes(key)
  const length = data === asciiBytes ? key.length : data.length
  let h = SEED ^ length
  const whole = length & ~3
  for (let i = 0; i < whole; i += 4) {
    let k =
      (data[i] ?? 0) |
      ((data[i + 1] ?? 0) << 8) |
      ((data[i + 2] ?? 0) << 16) |
      ((data[i + 3] ?? 0) << 24)
    k = Math.imul(k, M)
    k ^= k >>> 24
    k = Math.imul(k, M)
    h = Math.imul(h, M) ^ k
  }
  const tail = length & 3
  if (tail >= 3) h ^= (data[whole + 2] ?? 0) << 16
  if (tail >= 2) h ^= (data[whole + 1] ?? 0) << 8
  if (tail >= 1) {
    h ^= data[whole] ?? 0
    h = Math.imul(h, M)
  }
  h ^= h >>> 13
  h = Math.imul(h, M)
  h ^= h >>> 15
  return h | 0
}

/** Kafka's default partitioner picks a keyed record's partition as this modulo the partition count. */
export function kafkaPartitionHash(key: string): number {
  return murmur2(key) & 0x7fffffff
}
