import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { distinctTimes, stepTime } from '../../derive/steps'
import { useNotableEvents } from '../shared/useSimulation'

/**
 * `step(n)`: pauses, then seeks n stops forwards (n > 0) or backwards (n < 0); a stop is the time
 * of a notable event or of one of the scenario's actions.
 */
export function useStepper(): (count: number) => void {
  const events = useNotableEvents()
  const actions = useAppStore((s) => s.scenario.actions)
  const times = useMemo(
    () =>
      distinctTimes(
        [...events.map((e) => ({ time: e.time })), ...actions.map((a) => ({ time: a.at }))].sort(
          (a, b) => a.time - b.time,
        ),
      ),
    [events, actions],
  )
  return (count) => {
    const { cursor, scenario, seek, pause } = useAppStore.getState()
    pause()
    seek(stepTime(times, cursor, count, scenario.durationMs))
  }
}
