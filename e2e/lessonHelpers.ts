import type { Locator, Page } from '@playwright/test'
import { builtinLessons } from '../src/lessons'
import type { Lesson } from '../src/lessons'
import { answerPrediction } from '../src/lessons/query/answer'
import { lessonWorlds, ownTimelines } from '../src/lessons/worlds'
import { expect } from './fixtures'
import { sliderValue } from './helpers'

/** Every lesson the app ships, read from the same module the app reads (no lesson hard-coded). */
export const LESSONS = builtinLessons()

export const NO_LESSONS = 'src/lessons/index.ts exports no lessons yet, so there is nothing to walk'

/** The first lesson step that asks a prediction, with the lesson it belongs to. */
export function firstPrediction(): { lesson: Lesson; index: number } | null {
  for (const lesson of LESSONS) {
    const index = lesson.steps.findIndex((step) => step.predict !== undefined)
    if (index >= 0 && index + 1 < lesson.steps.length) return { lesson, index }
  }
  return null
}

/** The answer the core gives to step `index`'s prediction, computed here in Node. */
export function simulatedAnswer(lesson: Lesson, index: number): string {
  const prediction = lesson.steps[index]?.predict
  const next = lesson.steps[index + 1]
  if (prediction === undefined || next === undefined) throw new Error('no prediction to reveal')
  const worldsAt = lessonWorlds(lesson, ownTimelines())
  const { choice } = answerPrediction(prediction, worldsAt(next.at))
  const answer = choice === null ? undefined : prediction.choices[choice]?.text
  if (answer === undefined) throw new Error('the simulation picks none of the choices')
  return answer
}

/** Roughly how much a step shows: its text, its question, and the reveal of the step before. */
function stepLength(lesson: Lesson, index: number): number {
  const step = lesson.steps[index]
  const asked = step?.predict
  const revealed = lesson.steps[index - 1]?.predict
  return [
    step?.text,
    asked?.question,
    ...(asked?.choices ?? []).map((c) => c.text),
    revealed?.question,
    revealed?.lookAt,
    ...(revealed?.choices ?? []).slice(0, 1).map((c) => c.text),
  ].reduce((sum, part) => sum + (part?.length ?? 0), 0)
}

/** The index of the step of `lesson` with the most to read. */
export function longestStep(lesson: Lesson): number {
  let longest = 0
  for (let i = 1; i < lesson.steps.length; i++) {
    if (stepLength(lesson, i) > stepLength(lesson, longest)) longest = i
  }
  return longest
}

export function lessonStep(page: Page): Locator {
  return page.getByRole('region', { name: 'Lesson step', exact: true })
}

/** The player shows step `index` of `lesson`: its counter, its title, and the cursor at its time. */
export async function expectStep(page: Page, lesson: Lesson, index: number): Promise<void> {
  const step = lesson.steps[index]
  if (step === undefined) throw new Error(`${lesson.id} has no step ${String(index + 1)}`)
  const shown = lessonStep(page)
  await expect(shown.getByText(`Step ${index + 1} of ${lesson.steps.length}`)).toBeVisible()
  await expect(shown.getByRole('heading', { level: 3 })).toHaveText(step.title)
  await expect.poll(() => sliderValue(page)).toBe(step.at)
}
