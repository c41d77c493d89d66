import { beforeEach, describe, expect, test } from 'vitest'
import { defaultScenario } from '../../scenario/builtin'
import { useAppStore } from '../appStore'
import { followedLesson } from './lessonSession'

const store = useAppStore
const stash = {
  scenario: defaultScenario,
  branch: null,
  cursor: 12_000,
  topic: 'page-views',
  partition: 0,
}

beforeEach(() => {
  store.getState().endLesson()
  store.getState().beginLesson('demo', 4, 0, stash)
})

function session() {
  const current = store.getState().lessonSession
  if (current === null) throw new Error('expected a lesson session')
  return current
}

describe('the lesson session', () => {
  test('begins at the asked step, clamped to the lesson', () => {
    store.getState().beginLesson('demo', 4, 9, stash)
    expect(session().step).toBe(3)
    store.getState().beginLesson('demo', 4, -1, stash)
    expect(session().step).toBe(0)
  })

  test('moves between steps but never past the first or the last', () => {
    expect(store.getState().setLessonStep(1)).toBe(true)
    expect(store.getState().setLessonStep(2)).toBe(true)
    expect(session().step).toBe(2)
    expect(store.getState().setLessonStep(3)).toBe(true)
    expect(store.getState().setLessonStep(4)).toBe(false)
    expect(session().step).toBe(3)
    expect(store.getState().setLessonStep(-1)).toBe(true)
    expect(store.getState().setLessonStep(-1)).toBe(false)
    expect(session().step).toBe(0)
  })

  test('remembers a guess per step, the latest choice winning', () => {
    store.getState().guess(1, 'Yes')
    store.getState().guess(1, 'No')
    store.getState().guess(2, 'Maybe')
    expect(session().guesses).toEqual({ 1: 'No', 2: 'Maybe' })
  })

  test("counts the class's votes per step, in order, and takes back the last one", () => {
    store.getState().vote(1, 0)
    store.getState().vote(1, 2)
    store.getState().vote(1, 0)
    store.getState().vote(3, 1)
    expect(session().votes).toEqual({ 1: [0, 2, 0], 3: [1] })
    store.getState().unvote(1)
    store.getState().unvote(3)
    store.getState().unvote(3)
    expect(session().votes).toEqual({ 1: [0, 2], 3: [] })
  })

  test('exploring leaves presenter mode and is no longer following the lesson', () => {
    store.getState().setPresenting(true)
    store.getState().setExploring(true)
    expect(session()).toMatchObject({ exploring: true })
    expect(store.getState().presenting).toBe(false)
    expect(followedLesson(session())).toBeNull()
    store.getState().setExploring(false)
    expect(followedLesson(session())).toBe(session())
  })

  test('keeps what the user had until the lesson ends', () => {
    store.getState().setLessonStep(2)
    store.getState().setExploring(true)
    expect(session().stash).toBe(stash)
    store.getState().endLesson()
    expect(store.getState().lessonSession).toBeNull()
    expect(store.getState().setLessonStep(1)).toBe(false)
  })
})
