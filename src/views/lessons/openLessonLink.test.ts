import { beforeEach, describe, expect, test, vi } from 'vitest'
import { defaultScenario } from '../../scenario/builtin'
import { initialAppState, useAppStore, currentStash } from '../../store/appStore'
import { parseLessonLink } from '../../store/lessonLink'
import { openLessonLink } from './openLessonLink'
import { TEST_LESSONS } from './testLessons'
import { changesDuring } from '../../store/testTransactions'

vi.mock('../../lessons', async () => {
  const { TEST_LESSONS: lessons } = await import('./testLessons')
  return {
    builtinLessons: () => lessons,
    lessonById: (id: string) => lessons.find((l) => l.id === id),
  }
})

const lesson = TEST_LESSONS[0]!

function open(fragment: string): Promise<boolean> {
  const parse = parseLessonLink(fragment)
  if (parse === null) throw new Error(`${fragment} is no lesson link`)
  return openLessonLink(parse, currentStash)
}

function session() {
  const current = useAppStore.getState().lessonSession
  if (current === null) throw new Error('expected a lesson session')
  return current
}

beforeEach(() => {
  useAppStore.getState().endLesson()
  useAppStore.setState(initialAppState(defaultScenario))
  useAppStore.getState().seek(42_000)
  useAppStore.getState().selectPartition('page-views', 0)
})

describe('opening a lesson link', () => {
  test("opens the lesson's scenario at the step's time and view, as no edit of the user's", async () => {
    expect(await open(`lesson=${lesson.id}&step=3`)).toBe(true)
    const app = useAppStore.getState()
    expect(app.scenario).toBe(lesson.scenario)
    expect(app.cursor).toBe(lesson.steps[2]!.at)
    expect([app.topic, app.selectedOffset]).toEqual(['user-profiles', 10])
    expect(app.editCount).toBe(0)
    expect(session()).toMatchObject({ lessonId: lesson.id, step: 2, exploring: false })
  })

  test('an unknown lesson or a malformed link says so and changes nothing', async () => {
    expect(await open('lesson=no-such-lesson&step=1')).toBe(false)
    expect(await open('lesson=<b>')).toBe(false)
    const app = useAppStore.getState()
    expect(app.notices.map((n) => n.tone)).toEqual(['error', 'error'])
    expect(app.notices[0]!.text).toContain('There is no lesson "no-such-lesson"')
    expect([app.scenario, app.cursor]).toEqual([defaultScenario, 42_000])
    expect(useAppStore.getState().lessonSession).toBeNull()
  })

  test('a step the lesson does not have opens step 1 with a message', async () => {
    expect(await open(`lesson=${lesson.id}&step=99`)).toBe(true)
    expect(session().step).toBe(0)
    expect(useAppStore.getState().notices[0]!.text).toContain('asked for step 99')
  })

  test('that message comes in the same change as the lesson, not over the scenario before it', async () => {
    const seen = await changesDuring(
      (s) => ({ notices: s.notices, lessonSession: s.lessonSession }),
      () => open(`lesson=${lesson.id}&step=99`),
    )
    expect(seen.intermediate).toHaveLength(0)
    expect(seen.after.lessonSession).not.toBeNull()
  })

  test('a link to the open lesson moves to its step and keeps what the user had', async () => {
    await open(`lesson=${lesson.id}&step=1`)
    const stash = session().stash
    await open(`lesson=${lesson.id}&step=2`)
    expect(session()).toMatchObject({ step: 1, stash })
    expect(useAppStore.getState().cursor).toBe(lesson.steps[1]!.at)
  })
})

describe('leaving a lesson', () => {
  test('back to my scenario restores the scenario, time and partition the user had', async () => {
    await open(`lesson=${lesson.id}&step=2`)
    await useAppStore.getState().backToMyScenario()
    const app = useAppStore.getState()
    expect([app.scenario, app.cursor, app.topic]).toEqual([defaultScenario, 42_000, 'page-views'])
    expect(useAppStore.getState().lessonSession).toBeNull()
    expect(app.editCount).toBe(0)
  })

  test('exploring and coming back restores the lesson scenario at the step left', async () => {
    await open(`lesson=${lesson.id}&step=2`)
    useAppStore.getState().setExploring(true)
    await useAppStore.getState().act({ type: 'roll', topic: 'user-profiles', partition: 0 })
    expect(useAppStore.getState().scenario).not.toBe(lesson.scenario)
    await useAppStore.getState().resumeLesson(lesson)
    expect(useAppStore.getState().scenario).toBe(lesson.scenario)
    expect(useAppStore.getState().cursor).toBe(lesson.steps[1]!.at)
    expect(session().exploring).toBe(false)
  })

  test('keeping the explored scenario ends the lesson and counts as an edit (saved as the draft)', async () => {
    await open(`lesson=${lesson.id}&step=2`)
    useAppStore.getState().setExploring(true)
    const before = useAppStore.getState().editCount
    await useAppStore.getState().keepAsMyScenario()
    expect(useAppStore.getState().lessonSession).toBeNull()
    expect(useAppStore.getState().scenario).toBe(lesson.scenario)
    expect(useAppStore.getState().editCount).toBe(before + 1)
  })
})
