/**
 * Where a moment sits on the time line, in pixels, and back: one straight line from the
 * scenario's start to its end, clamped to the track. Written out rather than taken from d3-scale:
 * its linear scale brings d3-interpolate, d3-color and d3-format (about 7.6 KB gzipped) into the
 * page's first scripts, for a line the time bar draws before anything else.
 */
export interface TimeAxis {
  /** The x of `ms`, within [left, left + width]. */
  (ms: number): number
  /** The moment at `x`, within [0, durationMs]. */
  readonly invert: (x: number) => number
}

/** The axis of a scenario of `durationMs` (at least 1) drawn from `left`, `width` pixels wide. */
export function timeAxis(durationMs: number, left: number, width: number): TimeAxis {
  const clamp = (value: number, low: number, high: number): number =>
    Math.min(high, Math.max(low, value))
  const x = (ms: number): number => left + clamp(ms / durationMs, 0, 1) * width
  return Object.assign(x, {
    invert: (px: number): number => clamp((px - left) / width, 0, 1) * durationMs,
  })
}
