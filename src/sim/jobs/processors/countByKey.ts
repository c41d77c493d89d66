import type { Processor } from './types'

/**
 * Counts events per key (e.g. page views per page): the count lives in the store and every new count
 * is sent to the output. Records without a key are not counted.
 */
export const countByKey: Processor = (record, store, collector) => {
  if (record.key === null) return
  const count = String(Number(store.get(record.key) ?? '0') + 1)
  store.put(record.key, count)
  collector.send(record.key, count)
}
