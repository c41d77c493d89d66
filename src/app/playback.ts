import { useEffect } from 'react'
import { useAppStore } from '../store/appStore'
import { speedAt } from '../store/speeds'
import { markFrameStart } from '../views/shared/perf'

/** A wall-clock gap longer than this (a background tab) is not played through. */
const MAX_FRAME_MS = 250

/**
 * The one clock owner: while playing, one requestAnimationFrame loop moves the cursor by
 * speed × elapsed wall time, and stops at either end of the scenario.
 */
export function usePlayback(): void {
  const playing = useAppStore((s) => s.playing)
  useEffect(() => {
    if (!playing) return
    let last = performance.now()
    let frame = requestAnimationFrame(function tick(now) {
      markFrameStart()
      // A frame's timestamp can precede the moment play was pressed.
      const elapsed = Math.max(0, Math.min(now - last, MAX_FRAME_MS))
      last = now
      const { cursor, direction, speedIndex, scenario, seek, pause } = useAppStore.getState()
      const next = cursor + direction * speedAt(speedIndex) * elapsed
      seek(next)
      if (direction === 1 ? next >= scenario.durationMs : next <= 0) pause()
      else frame = requestAnimationFrame(tick)
    })
    return () => {
      cancelAnimationFrame(frame)
    }
  }, [playing])
}
