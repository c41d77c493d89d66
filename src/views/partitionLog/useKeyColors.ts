import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { keyColorsFor, type KeyColorOf } from './keyColor'

/** The scenario's key colours (stable while the scenario's producers stay the same). */
export function useKeyColors(): KeyColorOf {
  const producers = useAppStore((s) => s.scenario.producers)
  return useMemo(() => keyColorsFor(producers), [producers])
}
