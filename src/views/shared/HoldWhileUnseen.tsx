import { createContext, useContext, useRef, type ReactNode } from 'react'
import { useAppStore } from '../../store/appStore'
import { useTimelineDragStart } from '../timeline/timelineDrag'
import { useOnScreen } from './useOnScreen'

/** The cursor the panels inside keep while held; null when they follow the store. */
const HeldCursor = createContext<number | null>(null)

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
  const dragStart = useTimelineDragStart()
  return (
    <div ref={ref} className="held-panels">
      <HeldCursor.Provider value={onScreen ? null : dragStart}>{children}</HeldCursor.Provider>
    </div>
  )
}

/** The cursor held while unseen, or null when the panel follows the store's cursor. */
export function useHeldCursor(): number | null {
  return useContext(HeldCursor)
}

/** The cursor in simulated ms (fractional while playing), or the one held while unseen. */
export function useCursor(): number {
  const held = useHeldCursor()
  return useAppStore((s) => held ?? s.cursor)
}
