import type { SimEvent } from '../../sim'

/** A throttled cleaning pass on the time line: from its start to its end, in pixel columns. */
export interface CleanerSpan {
  readonly x: number
  readonly width: number
}

/**
 * The passes that took time, as spans from their start to their end (a pass still running at the
 * last event shown runs to `until`), so a throttled cleaner reads as a duration, not an instant.
 * Instant passes keep their one-column mark in the cleaner lane.
 */
export function cleanerSpans(
  events: readonly SimEvent[],
  durationMs: number,
  width: number,
  until: number,
): CleanerSpan[] {
  const column = (time: number) =>
    Math.round((Math.min(time, durationMs) / Math.max(1, durationMs)) * Math.max(0, width - 1))
  const spans: CleanerSpan[] = []
  let open: number | null = null
  for (const event of events) {
    if (event.type === 'cleaner.passStarted') open = event.time
    else if (event.type === 'cleaner.pass' && event.startedAt !== undefined) {
      spans.push(span(column(event.startedAt), column(event.time)))
      open = null
    } else if (event.type === 'cleaner.passAborted') {
      if (open !== null) spans.push(span(column(open), column(event.time)))
      open = null
    }
  }
  if (open !== null) spans.push(span(column(open), column(until)))
  return spans
}

function span(from: number, to: number): CleanerSpan {
  return { x: from, width: Math.max(2, to - from) }
}
