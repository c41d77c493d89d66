import type { KeyTable } from './log/recordColumns'
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
  return cachedHash(table, table.samzaHashes, keyId, samzaPartitionHash) % partitions
}

/** Mutates `cache`: the key's hash, computed on first use. */
function cachedHash(
  table: KeyTable,
  cache: number[],
  keyId: number,
  hash: (key: string) => number,
): number {
  return (cache[keyId] ??= hash(table.keys[keyId] ?? ''))
}
