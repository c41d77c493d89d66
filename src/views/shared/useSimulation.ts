import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { notableEventsOf, worldAt } from '../../derive/simulation'
import type { SimEvent, World } from '../../sim'
import { useCursorMs } from './DeferredCursor'

/** The world at the cursor (deferred inside `DeferredCursor`); views read it, never change it. */
export function useWorld(): World {
  const scenario = useAppStore((s) => s.scenario)
  const cursor = useCursorMs()
  return useMemo(() => worldAt(scenario, cursor), [scenario, cursor])
}

/** The notable events of the whole scenario, in time order. */
export function useNotableEvents(): readonly SimEvent[] {
  const scenario = useAppStore((s) => s.scenario)
  return notableEventsOf(scenario)
}
