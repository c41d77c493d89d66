/** Java's `String.hashCode()`: s[0]·31^(n−1) + … + s[n−1] in 32-bit arithmetic, over UTF-16 units. */
export function javaStringHashCode(s: string): number {
  let hash = 0
  for (let i = 0; i < s.length; i++) hash = (Math.imul(31, hash) + s.charCodeAt(i)) | 0
  return hash
}

/**
 * Samza's Kafka producer picks a keyed message's output partition as this modulo the partition
 * count: `abs(key.hashCode()) % partitionCount` (`KafkaSystemProducer`). Java's abs leaves
 * Integer.MIN_VALUE negative; that one hash maps to partition 0 here.
 */
export function samzaPartitionHash(key: string): number {
  const hash = javaStringHashCode(key)
  return hash === -2147483648 ? 0 : Math.abs(hash)
}
