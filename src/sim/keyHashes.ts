import { setSlot } from './denseSlots'
import type { KeyTable } from './log/keyTable'
import { kafkaPartitionHash } from './murmur2'
import { samzaPartitionHash } from './jobs/javaHash'

/**
 * Partitioners hash the same keys millions of times in a long run; these hash each key once, by
 * its id in the world's key table, and keep the non-negative hash the partition is taken from.
 */

/** The partition Kafka's default partitioner picks for the key (see `kafkaPartitionHash`). */
export function kafkaPartitionOf(table: KeyTable, keyId: number, partitions: number): number {
  return cachedHash(table, table.kafkaHashes, keyId, kafkaPartitionHash) % partitions
}

/** The output partition Samza's producer picks for the key (see `samzaPartitionHash`). */
export function samzaPartitionOf(table: KeyTable, keyId: number, partitions: number): number {
  // One partition (a job's usual output): no hash to look up, every key goes to 0.
  if (partitions === 1) return 0
  return cachedHash(table, table.samzaHashes, keyId, samzaPartitionHash) % partitions
}

/** Mutates `cache`: the key's hash, computed on first use (the cache kept without holes). */
function cachedHash(
  table: KeyTable,
  cache: (number | undefined)[],
  keyId: number,
  hash: (key: string) => number,
): number {
  const cached = cache[keyId]
  if (cached !== undefined) return cached
  const computed = hash(table.keys[keyId] ?? '')
  setSlot(cache, keyId, computed)
  return computed
}
