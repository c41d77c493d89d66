import { createContext, useContext, useRef, useSyncExternalStore, type ReactNode } from 'react'
import { useAppStore } from '../../store/appStore'
import { subscribeTimelineDrag, timelineDragStart } from '../timeline/timelineDrag'
import { useOnScreen } from './useOnScreen'

/** Whether the panels inside are out of view (they then hold a drag's starting time). */
const Unseen = createContext(false)

/**
 * Panels below the stage that nobody can see while the time line is dragged keep the time they
 * showed when the drag began, and catch up when it ends or as soon as one of them scrolls into
 * view: redrawing stores, outputs and charts off screen on every step of a drag took most of its
 * frames. Stepping, seeking by key and playing are not held. Lays its children out as the column
 * around it.
 */
export function HoldWhileUnseen({ children }: { readonly children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const onScreen = useOnScreen(ref)
  return (
    <div ref={ref} className="held-panels">
      <Unseen.Provider value={!onScreen}>{children}</Unseen.Provider>
    </div>
  )
}

function subscribeCursor(listener: () => void): () => void {
  const fromStore = useAppStore.subscribe(listener)
  const fromDrag = subscribeTimelineDrag(listener)
  return () => {
    fromStore()
    fromDrag()
  }
}

/**
 * `pick` of the cursor in simulated ms (fractional while playing): the store's, or inside
 * `HoldWhileUnseen` while unseen during a drag, the one the drag began at. A panel renders again
 * only when what it picks changes: the press that starts a drag holds the time the panels already
 * show, so it no longer renders every panel below the stage again to the same picture.
 */
export function useShownCursor<T>(pick: (cursor: number) => T): T {
  const unseen = useContext(Unseen)
  return useSyncExternalStore(subscribeCursor, () =>
    pick((unseen ? timelineDragStart() : null) ?? useAppStore.getState().cursor),
  )
}

/** The cursor in simulated ms (fractional while playing), or the one held while unseen. */
export function useCursor(): number {
  return useShownCursor((cursor) => cursor)
}
