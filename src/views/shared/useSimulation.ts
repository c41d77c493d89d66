import { useMemo } from 'react'
import { notableEventsOf, worldAt } from '../../derive/simulation'
import type { ReadonlyWorld, SimEvent } from '../../sim'
import { useCursorMs } from './DeferredCursor'
import { useScopedScenario } from './branchScope'

/**
 * The world at the cursor (deferred inside `DeferredCursor`) of the branch in scope, read-only by
 * type: it is shared with the timeline and every other view.
 */
export function useWorld(): ReadonlyWorld {
  const scenario = useScopedScenario()
  const cursor = useCursorMs()
  return useMemo(() => worldAt(scenario, cursor), [scenario, cursor])
}

/** The notable events of the whole scenario (of the branch in scope), in time order. */
export function useNotableEvents(): readonly SimEvent[] {
  const scenario = useScopedScenario()
  return notableEventsOf(scenario)
}
