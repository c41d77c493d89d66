/**
 * Opt-in timing for `npm run bench` (`?perf=1`). A scrub marks its input and is measured to the end
 * of the frame that shows it; a playback frame is measured from its tick to the moment the views
 * have drawn it (the main thread's work for that frame). Costs nothing when the flag is off.
 */
const enabled = typeof location !== 'undefined' && new URLSearchParams(location.search).has('perf')

let pendingInput = false
let frameStart: number | null = null

export function markInput(): void {
  if (!enabled) return
  performance.mark('scrub-in')
  pendingInput = true
}

/** Call at the start of a playback tick. */
export function markFrameStart(): void {
  if (!enabled) return
  frameStart = performance.now()
}

/** Call after the DOM and canvases show the new cursor (in a layout effect). */
export function measureFrame(): void {
  if (!enabled) return
  if (frameStart !== null) {
    performance.measure('frame-work', { start: frameStart, end: performance.now() })
    frameStart = null
  }
  if (!pendingInput) return
  pendingInput = false
  // The frame is painted when the next animation frame's callbacks run.
  requestAnimationFrame(() => {
    performance.measure('scrub', 'scrub-in')
  })
}
