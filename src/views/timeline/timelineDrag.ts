import { useSyncExternalStore } from 'react'

/**
 * Whether the time line is being dragged right now: a view-only fact (never saved, shared or
 * undone), so it lives here rather than in the app store. Panels off screen wait for the drag to
 * end (`HoldWhileUnseen`).
 */
let dragged = false
const listeners = new Set<() => void>()

export function setTimelineDragged(next: boolean): void {
  if (next === dragged) return
  dragged = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function useTimelineDragged(): boolean {
  return useSyncExternalStore(subscribe, () => dragged)
}
