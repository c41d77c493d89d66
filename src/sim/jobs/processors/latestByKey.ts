import type { Processor } from './types'

/**
 * Keeps the latest value per key, as a table built from database changes: a tombstone deletes the
 * key. Every change is passed on to the output. Records without a key are skipped.
 */
export const latestByKey: Processor = (record, store, collector) => {
  if (record.key === null) return
  store.put(record.key, record.value)
  collector.send(record.key, record.value)
}
