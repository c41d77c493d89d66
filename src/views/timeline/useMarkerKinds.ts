import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { useNotableEvents } from '../shared/useSimulation'
import { markerKinds } from './markers'

/** The scrubber's lanes for the current scenario, shared by the scrubber and its legend. */
export function useMarkerKinds(): ReturnType<typeof markerKinds> {
  const scenario = useAppStore((s) => s.scenario)
  const events = useNotableEvents()
  return useMemo(() => markerKinds(scenario, events), [scenario, events])
}
