import type { Scenario } from '../scenario/schema'
import type { RecordSnapshot, SimEvent } from '../sim'
import { derivedPer } from './cache'
import { partitionWithArchiveAt } from './partitionAt'
import { eventsOf, worldAtOtherTime } from './simulation'

export interface RecordFate {
  /** The record as it was written, or null when the offset was never written. */
  readonly record: RecordSnapshot | null
  /** When the record leaves the log (in the past or the future), or null if it never does. */
  readonly removedAt: number | null
  /** The events at `removedAt` that removed it, most specific first. */
  readonly removedBy: readonly SimEvent[]
}

interface Where {
  readonly topic: string
  readonly partition: number
  readonly offset: number
}

/**
 * Whether the offset has been written by `t`, and the record if it is still in the log: on a
 * tiered topic, in either tier (a record the archive still holds can be read).
 */
function lookAt(
  scenario: Scenario,
  t: number,
  where: Where,
): { written: boolean; record: RecordSnapshot | null } {
  const log = partitionWithArchiveAt(worldAtOtherTime(scenario, t), where.topic, where.partition)
  if (log === null) return { written: false, record: null }
  for (const segment of log.segments) {
    for (const record of segment.records) {
      if (record.offset === where.offset) return { written: true, record }
    }
  }
  return { written: log.logEndOffset > where.offset, record: null }
}

/** Events at this partition that can take a record away. */
function removals(event: SimEvent, where: Where): boolean {
  return (
    (event.type === 'cleaner.pass' ||
      event.type === 'segment.deleted' ||
      event.type === 'archive.segmentDeleted' ||
      event.type === 'logStartOffset.advanced' ||
      event.type === 'tombstone.dropped') &&
    event.topic === where.topic &&
    event.partition === where.partition
  )
}

/** Most specific first: the tombstone drop or segment deletion naming this offset, then the rest. */
function rank(event: SimEvent, offset: number): number {
  if (event.type === 'tombstone.dropped') return event.offset === offset ? 0 : 4
  if (event.type === 'segment.deleted' || event.type === 'archive.segmentDeleted')
    return event.baseOffset <= offset && offset < event.endOffset ? 1 : 4
  if (event.type === 'logStartOffset.advanced') return 2
  return 3
}

/**
 * A record's whole life in the scenario: what it holds and when and by what it leaves the log.
 * A record never comes back once removed, so the removal time is found by a binary search over
 * the partition's removal events, independent of the cursor (and cached).
 */
export const recordFate = derivedPer(
  (where: Where) => `${where.topic}\u0000${where.partition}\u0000${where.offset}`,
  (scenario: Scenario, where: Where): RecordFate => {
    const candidates = eventsOf(scenario).filter((e) => removals(e, where))
    const times = [...new Set(candidates.map((e) => e.time))]
    // "Written and gone" is false until the removal and true ever after: binary search for it.
    let lo = 0
    let hi = times.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const seen = lookAt(scenario, times[mid] ?? 0, where)
      if (seen.written && seen.record === null) hi = mid
      else lo = mid + 1
    }
    const removedAt = times[lo] ?? null
    const written = lookAt(
      scenario,
      removedAt === null ? scenario.durationMs : removedAt - 1,
      where,
    ).record
    return {
      record: written,
      removedAt: written === null ? null : removedAt,
      removedBy:
        written === null || removedAt === null
          ? []
          : candidates
              .filter((e) => e.time === removedAt)
              .sort((a, b) => rank(a, where.offset) - rank(b, where.offset)),
    }
  },
)
