import { createContext, useContext, useRef, useState, type ReactNode } from 'react'
import { useAppStore } from '../../store/appStore'
import { useTimelineDragged } from '../timeline/timelineDrag'
import { useOnScreen } from './useOnScreen'

/** The cursor the panels inside keep while held; null when they follow the store. */
const HeldCursor = createContext<number | null>(null)

/**
 * Panels below the stage that nobody can see while the time line is dragged keep the cursor they
 * had when the drag began, and catch up when it ends or as soon as any of them scrolls into view:
 * redrawing stores, outputs and charts off screen on every step of a drag took most of its frames.
 * Stepping, seeking by key and playing are not held. Lays its children out as the column around it.
 */
export function HoldWhileUnseen({ children }: { readonly children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const onScreen = useOnScreen(ref)
  const dragged = useTimelineDragged()
  const hold = dragged && !onScreen
  const [held, setHeld] = useState<number | null>(null)
  // Adjusting state while rendering (React's pattern for state derived from the last render).
  if (hold && held === null) setHeld(useAppStore.getState().cursor)
  if (!hold && held !== null) setHeld(null)
  return (
    <div ref={ref} className="held-panels">
      <HeldCursor.Provider value={hold ? held : null}>{children}</HeldCursor.Provider>
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
