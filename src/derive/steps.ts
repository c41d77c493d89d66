import type { SimEvent } from '../sim'

/** Events that change nothing on screen: a retention check with nothing due, an idle cleaner. */
function isRoutine(event: SimEvent): boolean {
  return (
    (event.type === 'retention.checked' && event.segmentsDeleted === 0) ||
    event.type === 'cleaner.idle'
  )
}

/** The events a person steps through and reads in the narration, in time order. */
export function notableEvents(events: readonly SimEvent[]): SimEvent[] {
  return events.filter((event) => !isRoutine(event))
}

/**
 * The routine events at exactly `t` (events sorted by time): left out of the narration in general,
 * but said at the cursor's own time, so that a step at a check that found nothing to do (an idle
 * cleaner, a retention check that deleted nothing) has that on screen.
 */
export function routineAt(events: readonly SimEvent[], t: number): SimEvent[] {
  return events.slice(countUntil(events, t - 1), countUntil(events, t)).filter(isRoutine)
}

/** How many items of `items` (sorted by time) have time ≤ t. */
export function countUntil(items: readonly { readonly time: number }[], t: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((items[mid]?.time ?? Infinity) <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The distinct times of `events` (sorted by time), each once. */
export function distinctTimes(events: readonly { readonly time: number }[]): { time: number }[] {
  const times: { time: number }[] = []
  for (const { time } of events) if (times.at(-1)?.time !== time) times.push({ time })
  return times
}

/**
 * Where a step of `count` event times lands from `cursor`: forwards (count > 0) or backwards
 * (count < 0) through `times` (distinct and sorted), stopping at 0 and at `endTime`.
 */
export function stepTime(
  times: readonly { readonly time: number }[],
  cursor: number,
  count: number,
  endTime: number,
): number {
  const t = Math.floor(cursor)
  if (count > 0) {
    const next = countUntil(times, t) + count - 1
    return times[next]?.time ?? endTime
  }
  // A cursor between two event times steps back to the earlier one first.
  const previous = countUntil(times, t - 1) + count
  return previous < 0 ? 0 : (times[previous]?.time ?? 0)
}
