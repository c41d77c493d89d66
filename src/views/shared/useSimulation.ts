import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { notableEventsOf, worldAt } from '../../derive/simulation'
import type { SimEvent, World } from '../../sim'

/** The world at the cursor; views read it and never change it. */
export function useWorld(): World {
  const scenario = useAppStore((s) => s.scenario)
  const cursor = useAppStore((s) => Math.floor(s.cursor))
  return useMemo(() => worldAt(scenario, cursor), [scenario, cursor])
}

/** The notable events of the whole scenario, in time order. */
export function useNotableEvents(): readonly SimEvent[] {
  const scenario = useAppStore((s) => s.scenario)
  return notableEventsOf(scenario)
}
