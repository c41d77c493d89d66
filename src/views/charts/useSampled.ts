import { useEffect, useReducer } from 'react'
import type { Sampling } from '../../derive/sampling'
import { timelineDragged, whenNotDragged } from '../timeline/timelineDrag'

/** Reading per task: inside a 60 Hz frame, with room left to draw. */
const SLICE_MS = 8
/** Reading during the render: a short run's samples are all read at once, so nothing flickers. */
const RENDER_MS = 4

/** A stop condition true once `ms` have passed. */
function after(ms: number): () => boolean {
  const deadline = performance.now() + ms
  return () => performance.now() >= deadline
}

/**
 * The sampling's value: what the render can read in `RENDER_MS`, the rest in slices between
 * frames after it; null until it is all read (the component renders again then). Opening a long
 * run draws the page at once and its charts a moment later, instead of blocking the page until
 * every sample is read. While the time line is dragged, reading waits (a render reads nothing).
 */
export function useSampled<T>(sampling: Sampling<T>): T | null {
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    if (sampling.value !== null) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopWaiting = (): void => undefined
    const readSlice = (): void => {
      // A drag of the time line needs every frame: reading waits for it to end.
      if (timelineDragged()) {
        stopWaiting = whenNotDragged(() => {
          timer = setTimeout(readSlice, 0)
        })
        return
      }
      if (sampling.advance(after(SLICE_MS)) === null) {
        timer = setTimeout(readSlice, 0)
      } else rerender()
    }
    timer = setTimeout(readSlice, 0)
    return () => {
      clearTimeout(timer)
      stopWaiting()
    }
  }, [sampling])
  if (sampling.value !== null || timelineDragged()) return sampling.value
  return sampling.advance(after(RENDER_MS))
}
