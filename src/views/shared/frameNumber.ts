let frames = 0
let counting = false

/**
 * The number of the frame whose picture work done now goes into: it goes up at each animation
 * frame callback (counted only while someone asks), so every task between two frames' callbacks,
 * and every render in them, reads the same number. Work done inside an animation frame callback
 * after the count went up is painted with the frame before the new number; `afterPaint` runs
 * work where the number is right.
 */
export function frameNumber(): number {
  if (!counting) {
    counting = true
    requestAnimationFrame(() => {
      frames++
      counting = false
    })
  }
  return frames
}

/**
 * Runs `run` in a task after the next frame is painted (the animation frame callback, then a
 * task); returns what cancels it.
 */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
