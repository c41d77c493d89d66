import { describe, expect, it } from 'vitest'
import { kafkaPartitionOf, samzaPartitionOf } from './keyHashes'
import { createKeyTable, internKey } from './log/keyTable'

describe('partitions by key id', () => {
  it("picks Kafka's and Samza's partitions, the same on every call", () => {
    const table = createKeyTable()
    const kafkaKey = internKey(table, '21')
    const samzaKey = internKey(table, 'hello')
    for (let call = 0; call < 2; call++) {
      expect(kafkaPartitionOf(table, kafkaKey, 16)).toBe((-973932308 & 0x7fffffff) % 16)
      expect(kafkaPartitionOf(table, kafkaKey, 1)).toBe(0)
      expect(samzaPartitionOf(table, samzaKey, 4)).toBe(99162322 % 4)
    }
  })
})
