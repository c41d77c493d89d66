import { describe, expect, test } from 'vitest'
import { parseScenario } from '../scenario/parse'
import { describeProblems } from '../scenario/problems'
import { advanceWorld, ignoreEvents, initialWorld, snapshotWorld } from '../sim'
import { builtinLessonListings, builtinLessons, lessonById } from './index'
import { recordsOf } from './read'
import { answerText, runLesson } from './testLesson'
import { lessonWorlds, ownTimelines } from './worlds'

describe('every lesson', () => {
  test('has a unique id that finds it', () => {
    expect(new Set(builtinLessons().map((l) => l.id)).size).toBe(builtinLessons().length)
    for (const lesson of builtinLessons()) expect(lessonById(lesson.id)).toBe(lesson)
    expect(lessonById('no-such-lesson')).toBeUndefined()
  })

  test('is listed as it parses: id, title, summary and minutes, in the same order', () => {
    const parsed = builtinLessons().map(({ id, title, summary, minutes }) => ({
      id,
      title,
      summary,
      minutes,
    }))
    expect(builtinLessonListings()).toEqual(parsed)
  })

  describe.each(builtinLessons().map((lesson) => [lesson.id, lesson] as const))(
    '%s',
    (_, lesson) => {
      /** Every branch the lesson runs: its one scenario, or A and B. */
      const sides = lesson.branched === null ? (['a'] as const) : (['a', 'b'] as const)

      test('its scenario parses and runs to the end', () => {
        for (const side of sides) {
          const run = runLesson(lesson, side)
          const parsed = parseScenario(run.scenario)
          expect(parsed.ok ? '' : describeProblems(parsed.problems)).toBe('')
          expect(run.at(run.scenario.durationMs).time).toBe(run.scenario.durationMs)
          expect(run.events('action.refused')).toEqual([])
        }
      })

      test('has 4 to 8 steps in time order within the scenario, and a prediction', () => {
        const times = lesson.steps.map((s) => s.at)
        expect(lesson.steps.length).toBeGreaterThanOrEqual(4)
        expect(lesson.steps.length).toBeLessThanOrEqual(8)
        expect(times).toEqual([...times].sort((a, b) => a - b))
        expect(new Set(times).size).toBe(times.length)
        expect(times.every((t) => t >= 0 && t <= runLesson(lesson).scenario.durationMs)).toBe(true)
        expect(lesson.steps.some((s) => s.predict)).toBe(true)
        expect(lesson.minutes).toBeGreaterThan(0)
      })

      test('every prediction is asked before a reveal step and answers one of its choices', () => {
        const worldsAt = lessonWorlds(lesson, ownTimelines())
        lesson.steps.forEach((step, i) => {
          if (!step.predict) return
          const reveal = lesson.steps[i + 1]
          expect(reveal, `step ${i} asks but no step reveals`).toBeDefined()
          const texts = step.predict.choices.map((c) => c.text)
          if (reveal) expect(texts).toContain(answerText(step.predict, worldsAt(reveal.at)))
          expect(new Set(texts).size).toBe(texts.length)
        })
      })

      test('the headless runner (npm run sim) shows the same world as the app at every step', () => {
        for (const side of sides) {
          const run = runLesson(lesson, side)
          const world = initialWorld(run.scenario)
          for (const step of lesson.steps) {
            advanceWorld(world, run.scenario, step.at, ignoreEvents)
            expect(snapshotWorld(world), `${side}: ${step.title} at ${step.at}`).toEqual(
              run.at(step.at),
            )
          }
        }
      })

      test('every view names an existing partition at its step (in the branch it shows), and an inspected offset in it', () => {
        const runs = { a: runLesson(lesson, 'a'), b: lesson.branched && runLesson(lesson, 'b') }
        for (const step of lesson.steps) {
          const view = step.view
          if (view?.topic === undefined) continue
          const world = (runs[view.branch ?? 'a'] ?? runs.a).at(step.at)
          const partition = view.partition ?? 0
          const topic = world.topics.find((t) => t.name === view.topic)
          expect(
            topic?.partitions[partition],
            `${step.title}: ${view.topic}-${partition}`,
          ).toBeDefined()
          const offset = view.inspectOffset
          if (offset !== undefined)
            expect(recordsOf(world, view.topic, partition).map((r) => r.offset)).toContain(offset)
        }
      })

      // e2e/lessonShows.spec.ts checks each listed value on screen; a step with no list is not checked.
      test('every step lists the values its text names, so the text/picture check covers it', () => {
        for (const step of lesson.steps)
          expect(step.shows?.length ?? 0, `${step.title}: shows`).toBeGreaterThan(0)
      })
    },
  )
})
