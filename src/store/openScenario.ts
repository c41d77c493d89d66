import type { Scenario } from '../scenario/schema'
import { useAppStore } from './appStore'
import { useLessonSession } from './lessonSession'

type LoadOptions = Parameters<ReturnType<typeof useAppStore.getState>['load']>[1]

/**
 * Opens a whole new scenario (an imported file, a scenario link): it has nothing to do with an
 * open lesson, so the lesson session ends first and the load is treated as outside a lesson (an
 * `isEdit` load is saved as the draft). If the scenario is refused, the lesson stays as it was.
 * Returns why the scenario was refused, or null.
 */
export function openNewScenario(scenario: Scenario, options?: LoadOptions): string | null {
  const { session } = useLessonSession.getState()
  useLessonSession.getState().end()
  const refused = useAppStore.getState().load(scenario, options)
  if (refused !== null && session !== null) useLessonSession.setState({ session })
  return refused
}
