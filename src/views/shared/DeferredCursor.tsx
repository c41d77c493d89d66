import { createContext, useContext, useDeferredValue, type ReactNode } from 'react'
import { useAppStore } from '../../store/appStore'
import { useHeldCursor } from './HoldWhileUnseen'

const DeferredMs = createContext<number | null>(null)

/**
 * The panels below the stage (jobs, stores, outputs, cluster) follow the cursor one step behind
 * when the machine is busy: React draws the stage and the time line for each new cursor first, and
 * these panels in the time left over, dropping a render that a newer cursor makes stale. So a drag
 * of the time line stays smooth however large the stores and outputs are; once the cursor rests,
 * they show exactly its time.
 */
export function DeferredCursor({ children }: { readonly children: ReactNode }) {
  const held = useHeldCursor()
  const cursor = useAppStore((s) => Math.floor(held ?? s.cursor))
  const deferred = useDeferredValue(cursor)
  return <DeferredMs.Provider value={deferred}>{children}</DeferredMs.Provider>
}

/** The cursor in whole ms; inside `DeferredCursor`, its deferred value. */
export function useCursorMs(): number {
  const deferred = useContext(DeferredMs)
  const held = useHeldCursor()
  // Inside DeferredCursor the selector ignores the store, so a cursor move re-renders only the
  // provider, not every panel below it.
  return useAppStore((s) => deferred ?? Math.floor(held ?? s.cursor))
}
