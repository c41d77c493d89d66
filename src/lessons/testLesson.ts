import { expect } from 'vitest'
import type { BranchSide } from '../scenario/branches'
import type { Scenario } from '../scenario/schema'
import type { SimEvent, WorldSnapshot } from '../sim'
import { createTimeline, snapshotWorld } from '../sim'
import type { Lesson } from './format/parse'
import type { Prediction } from './format/schema'
import { lessonById } from './index'
import { answerPrediction } from './query/answer'
import type { QueryWorlds } from './query/evaluate'
import { lessonWorlds, ownTimelines } from './worlds'

/** A lesson's scenario run the way the app runs it: the world at a time, and its events. */
export interface LessonRun {
  /** The scenario run: the lesson's, or one branch's whole scenario. */
  readonly scenario: Scenario
  at(t: number): WorldSnapshot
  /** The events of one type, in order (single appends and fetches are left out, as in the app). */
  events<T extends SimEvent['type']>(type: T): Extract<SimEvent, { type: T }>[]
  /** The world at step `index`'s time. */
  atStep(index: number): WorldSnapshot
}

/** Runs `lesson`'s scenario, or in a lesson over two branches the branch `side`. */
export function runLesson(lesson: Lesson, side: BranchSide = 'a'): LessonRun {
  const scenario = side === 'b' ? branchB(lesson) : lesson.scenario
  const timeline = createTimeline(scenario)
  const at = (t: number): WorldSnapshot => snapshotWorld(timeline.worldAt(t))
  return {
    scenario,
    at,
    events: <T extends SimEvent['type']>(type: T) =>
      timeline
        .eventsUntil(scenario.durationMs)
        .filter((e): e is Extract<SimEvent, { type: T }> => e.type === type),
    atStep: (index) => at(stepOf(lesson, index).at),
  }
}

function branchB(lesson: Lesson): Scenario {
  if (lesson.branched === null) throw new Error(`lesson ${lesson.id} has no branch B`)
  return lesson.branched.b
}

function stepOf(lesson: Lesson, index: number): Lesson['steps'][number] {
  const step = lesson.steps[index]
  if (!step) throw new Error(`lesson ${lesson.id} has no step ${index}`)
  return step
}

/**
 * Checks that every prediction, revealed at the next step's time as the app reveals it, gives the
 * answer the lesson means, and that the map names every step that asks one.
 */
export function expectAnswers(lesson: Lesson, expected: Readonly<Record<number, string>>): void {
  const worldsAt = lessonWorlds(lesson, ownTimelines())
  const asked = lesson.steps.flatMap((step, i) => (step.predict ? [i] : []))
  expect(Object.keys(expected).map(Number)).toEqual(asked)
  for (const index of asked) {
    const predict = stepOf(lesson, index).predict
    const reveal = stepOf(lesson, index + 1)
    if (predict === undefined) continue
    expect(answerText(predict, worldsAt(reveal.at)), `step ${index}: ${predict.question}`).toBe(
      expected[index],
    )
  }
}

/** The text of the choice the world picks, or null when it picks none. */
export function answerText(prediction: Prediction, worlds: QueryWorlds): string | null {
  const { choice } = answerPrediction(prediction, worlds)
  return choice === null ? null : (prediction.choices[choice]?.text ?? null)
}

/** A built-in lesson by id, for its claim test. */
export function builtinLessonById(id: string): Lesson {
  const lesson = lessonById(id)
  if (!lesson) throw new Error(`no built-in lesson ${id}`)
  return lesson
}
