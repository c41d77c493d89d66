import { createContext, useContext, useDeferredValue, type ReactNode } from 'react'
import { useShownCursor } from './HoldWhileUnseen'

const DeferredMs = createContext<number | null>(null)

/**
 * The panels below the stage (jobs, stores, outputs, cluster) follow the cursor one step behind
 * when the machine is busy: React draws the stage and the time line for each new cursor first, and
 * these panels in the time left over, dropping a render that a newer cursor makes stale. So a drag
 * of the time line stays smooth however large the stores and outputs are; once the cursor rests,
 * they show exactly its time.
 */
export function DeferredCursor({ children }: { readonly children: ReactNode }) {
  const cursor = useShownCursor(Math.floor)
  const deferred = useDeferredValue(cursor)
  return <DeferredMs.Provider value={deferred}>{children}</DeferredMs.Provider>
}

/** The cursor in whole ms; inside `DeferredCursor`, its deferred value. */
export function useCursorMs(): number {
  const deferred = useContext(DeferredMs)
  // Inside DeferredCursor the pick ignores the cursor, so a cursor move re-renders only the
  // provider, not every panel below it.
  return useShownCursor((cursor) => deferred ?? Math.floor(cursor))
}
