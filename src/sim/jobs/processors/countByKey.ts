import { setSlot } from '../../denseSlots'
import type { Processor } from './types'

/**
 * Counts events per key (e.g. page views per page): the count lives in the store and every new count
 * is sent to the output. Records without a key are not counted.
 */
export const countByKey: Processor = (record, store, collector) => {
  if (record.key === null) return
  const count = countText(Number(store.get(record.key) ?? '0') + 1)
  store.put(record.key, count)
  collector.send(record.key, count)
}

/**
 * The text of each count up to `CACHED_COUNTS`, made once: a count job makes a new count for every
 * record, and two million short strings (one per record of each job in the pipeline bench) were
 * a large share of its garbage. The same text is stored and sent either way.
 */
const countTexts: (string | undefined)[] = []
const CACHED_COUNTS = 1 << 16

function countText(count: number): string {
  if (count >= CACHED_COUNTS) return String(count)
  const cached = countTexts[count]
  if (cached !== undefined) return cached
  const text = String(count)
  setSlot(countTexts, count, text)
  return text
}
