import { useMemo } from 'react'
import { notableEventsOf, worldAt } from '../../derive/simulation'
import type { SimEvent, World } from '../../sim'
import { useCursorMs } from './DeferredCursor'
import { useScopedScenario } from './branchScope'

/**
 * The world at the cursor (deferred inside `DeferredCursor`) of the branch in scope; views read
 * it, never change it.
 */
export function useWorld(): World {
  const scenario = useScopedScenario()
  const cursor = useCursorMs()
  return useMemo(() => worldAt(scenario, cursor), [scenario, cursor])
}

/** The notable events of the whole scenario (of the branch in scope), in time order. */
export function useNotableEvents(): readonly SimEvent[] {
  const scenario = useScopedScenario()
  return notableEventsOf(scenario)
}
