import type { Lesson } from '../../lessons/lesson'
import { builtinScenario } from '../../scenario/builtin'
import type { Scenario } from '../../scenario/schema'

const parsed = new WeakMap<Lesson, Scenario>()

/**
 * The lesson's scenario, parsed once: the same object every time, so the app can tell whether the
 * scenario on screen is still the lesson's own or one the user has changed.
 */
export function lessonScenario(lesson: Lesson): Scenario {
  let scenario = parsed.get(lesson)
  if (scenario === undefined) {
    scenario = builtinScenario(lesson.scenario)
    parsed.set(lesson, scenario)
  }
  return scenario
}
