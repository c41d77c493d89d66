/**
 * Opt-in timing for `npm run bench` (`?perf=1`): marks an input, then measures to the end of the
 * frame that shows its result. Costs nothing when the flag is off.
 */
const enabled = typeof location !== 'undefined' && new URLSearchParams(location.search).has('perf')

let pendingInput = false

export function markInput(): void {
  if (!enabled) return
  performance.mark('scrub-in')
  pendingInput = true
}

/** Call after the DOM and canvases show the new cursor (in a layout effect). */
export function measureFrame(): void {
  if (!enabled || !pendingInput) return
  pendingInput = false
  // The frame is painted when the next animation frame's callbacks run.
  requestAnimationFrame(() => {
    performance.measure('scrub', 'scrub-in')
  })
}
