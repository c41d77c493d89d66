import type { Processor } from './types'

/**
 * A stream–table join: records from the table topic update the store (a tombstone deletes); each
 * event is sent on with the table's current value for its key appended, or "(no match)".
 * Records without a key are skipped.
 */
export const enrichWithTable: Processor = (record, store, collector, fromTable) => {
  if (record.key === null) return
  if (fromTable) {
    store.put(record.key, record.value)
    return
  }
  collector.send(record.key, `${record.value ?? 'null'} | ${store.get(record.key) ?? '(no match)'}`)
}
