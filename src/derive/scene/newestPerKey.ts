import type { PartitionSnapshot } from '../../sim'
import { rowsOf } from '../segmentReadings'

/** A key's newest record in a partition: what a reader that reads it to its end has for the key. */
export interface NewestValue {
  readonly key: string
  /** Null for a tombstone (the key was deleted). */
  readonly value: string | null
  readonly offset: number
}

export interface NewestPerKey {
  /** By key, numbers within keys in numeric order ("page-2" before "page-10"). */
  readonly entries: readonly NewestValue[]
  /** Whether the partition may hold keys beyond `entries` (more keys, or rows left unread). */
  readonly more: boolean
}

const byKey = new Intl.Collator('en', { numeric: true })

/**
 * The newest value of the most recently written keys, read backwards from the log end: at most
 * `maxKeys` keys, and at most `maxRows` rows read, so a long log costs a scene build no more than
 * a short one. Records without a key are not a key's value and are passed over.
 */
export function newestPerKey(
  partition: PartitionSnapshot,
  maxKeys: number,
  maxRows: number,
): NewestPerKey {
  const found = new Map<string, NewestValue>()
  let read = 0
  let more = false
  scan: for (let s = partition.segments.length - 1; s >= 0; s--) {
    const segment = partition.segments[s]
    if (segment === undefined) continue
    const rows = rowsOf(segment)
    for (let row = rows.count - 1; row >= 0; row--) {
      if (read === maxRows) {
        more = true
        break scan
      }
      read++
      const key = rows.keyAt(row)
      if (key === null || found.has(key)) continue
      if (found.size === maxKeys) {
        more = true
        break scan
      }
      found.set(key, { key, value: rows.valueAt(row), offset: rows.offsetAt(row) })
    }
  }
  return { entries: [...found.values()].sort((a, b) => byKey.compare(a.key, b.key)), more }
}
