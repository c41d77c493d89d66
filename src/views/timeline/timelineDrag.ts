import { useSyncExternalStore } from 'react'

/**
 * While the time line is dragged, the cursor the drag began at; null when it is not dragged. A
 * view-only fact (never saved, shared or undone), so it lives here rather than in the app store.
 * Panels off screen keep showing that time until the drag ends (`HoldWhileUnseen`), and reading in
 * the background waits for the end (`useSampled`).
 */
let dragFrom: number | null = null
const listeners = new Set<() => void>()

/** Call with the cursor before the drag's first move, and with null when the drag ends. */
export function setTimelineDrag(from: number | null): void {
  if (from === dragFrom || (from !== null && dragFrom !== null)) return
  dragFrom = from
  for (const listener of listeners) listener()
}

/** Calls `listener` whenever a drag of the time line begins or ends; returns what unsubscribes. */
export function subscribeTimelineDrag(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function timelineDragged(): boolean {
  return dragFrom !== null
}

/** The cursor the drag of the time line began at, or null when it is not dragged. */
export function timelineDragStart(): number | null {
  return dragFrom
}

/** The cursor the drag of the time line began at, or null when it is not dragged. */
export function useTimelineDragStart(): number | null {
  return useSyncExternalStore(subscribeTimelineDrag, timelineDragStart)
}

/**
 * Calls `run` once, when the time line is next not dragged (at once if it is not); returns what
 * cancels the call.
 */
export function whenNotDragged(run: () => void): () => void {
  if (dragFrom === null) {
    run()
    return () => undefined
  }
  const listener = (): void => {
    if (dragFrom !== null) return
    listeners.delete(listener)
    run()
  }
  return subscribeTimelineDrag(listener)
}
