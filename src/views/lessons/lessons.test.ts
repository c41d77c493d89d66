import { describe, expect, test } from 'vitest'
import { builtinLessons } from '../../lessons'
import type { Lesson } from '../../lessons'
import { answerPrediction } from '../../lessons/query/answer'
import { appName } from '../../sim'
import { parseLessonLink, formatLessonLink } from '../../store/lessonLink'
import { appLessonWorlds } from './lessonWorlds'
import { panelIsShown } from './stepPanel'
import { stepPartition } from '../../store/lessonStep'
import { TEST_LESSONS } from './testLessons'

/** What the player relies on, checked for every shipped lesson and the test ones. */
function checkLesson(lesson: Lesson): void {
  const scenario = lesson.scenario
  expect(parseLessonLink(formatLessonLink(lesson.id, 1))).toEqual({
    kind: 'lesson',
    link: { id: lesson.id, step: 1 },
  })
  expect(lesson.steps.length).toBeGreaterThan(0)
  lesson.steps.forEach((step, i) => {
    const next = lesson.steps[i + 1]
    expect(step.at).toBeGreaterThanOrEqual(i === 0 ? 0 : lesson.steps[i - 1]!.at)
    expect(step.at).toBeLessThanOrEqual(scenario.durationMs)
    if (step.view?.topic !== undefined) {
      expect(stepPartition(step.view, scenario), step.view.topic).not.toBeNull()
    }
    if (step.view?.job !== undefined) {
      expect(scenario.jobs.map(appName), 'view.job names a job of the scenario').toContain(
        step.view.job,
      )
    }
    if (step.view?.panel !== undefined) {
      expect(panelIsShown(step.view.panel, scenario), step.view.panel).toBe(true)
    }
    if (step.predict !== undefined) {
      expect(next, `step ${i + 1} asks a prediction, so a step must reveal it`).toBeDefined()
      const { choice } = answerPrediction(step.predict, appLessonWorlds(lesson)(next!.at))
      expect(choice, `step ${i + 1}: the simulation picks one of the choices`).not.toBeNull()
    }
  })
}

describe('lessons', () => {
  test('have distinct ids', () => {
    const ids = [...builtinLessons(), ...TEST_LESSONS].map((l) => l.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  for (const lesson of [...builtinLessons(), ...TEST_LESSONS]) {
    test(`${lesson.id}: steps in time order, known partitions and shown panels, answers among the choices`, () => {
      checkLesson(lesson)
    })
  }
})
