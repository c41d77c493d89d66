import type { Scenario } from '../scenario/schema'
import type { LoadOptions, LoadResult } from './appStore'
import { useAppStore } from './appStore'
import { useLessonSession } from './lessonSession'

/**
 * Opens a whole new scenario (an imported file, a scenario link): it has nothing to do with an
 * open lesson, so the lesson session ends first and the load is treated as outside a lesson (an
 * `isEdit` load is saved as the draft). If the scenario is refused, the lesson stays as it was.
 * Says how it ended (see `LoadResult`).
 */
export async function openNewScenario(
  scenario: Scenario,
  options?: LoadOptions,
): Promise<LoadResult> {
  const { session } = useLessonSession.getState()
  useLessonSession.getState().end()
  const result = await useAppStore.getState().load(scenario, options)
  if (typeof result === 'object' && session !== null) useLessonSession.setState({ session })
  return result
}
