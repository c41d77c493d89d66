import { beforeEach, describe, expect, test } from 'vitest'
import { lessonById, type Lesson } from '../lessons'
import { defaultScenario } from '../scenario/builtin'
import { currentStash, initialAppState, useAppStore } from './appStore'
import { forkAt30sWithARecordInB } from './branchFixture'
import { branchedOf } from './branchState'
import { changesDuring, screenParts } from './testTransactions'

/**
 * Every intent of the user is one change of the store: a subscriber (the views, the URL, the
 * draft) never sees a half-made state, such as a lesson's scenario without its session, or one
 * branch without the other.
 */

const store = useAppStore
const parallelRewind = lessonById('parallel-rewind')
const theLog = lessonById('the-log')
if (!parallelRewind?.branched || !theLog) throw new Error('the lessons these tests open')
/** A step of the parallel rewind that shows branch B. */
const ON_B = parallelRewind.steps.findIndex((s) => s.view?.branch === 'b')

function openLesson(lesson: Lesson, step = 0) {
  return store.getState().openLesson(lesson, { key: lesson.id, step, stash: currentStash() })
}

beforeEach(() => {
  store.setState(initialAppState(defaultScenario))
})

describe('what the tests watch', () => {
  test('two actions chained are seen as an intermediate state', async () => {
    const seen = await changesDuring(screenParts, async () => {
      await store.getState().load(theLog.scenario)
      store.getState().beginLesson(theLog.id, theLog.steps.length, 0, currentStash())
    })
    expect(seen.count).toBe(2)
    expect(seen.intermediate).toHaveLength(1)
  })
})

describe('lessons open, move and close in one change', () => {
  test('a lesson over two branches at a step on B: scenario, branches, session and step together', async () => {
    expect(ON_B).toBeGreaterThan(0)
    const seen = await changesDuring(screenParts, () => openLesson(parallelRewind, ON_B))
    expect(seen.intermediate).toHaveLength(0)
    const state = store.getState()
    expect(state.scenario).toBe(parallelRewind.branched?.b)
    expect(state.branch?.selected).toBe('b')
    expect(state.cursor).toBe(parallelRewind.steps[ON_B]?.at)
    expect(state.lessonSession).toMatchObject({ lessonId: parallelRewind.id, step: ON_B })
  })

  test('the next lesson replaces this one in the change that puts its scenario on screen', async () => {
    await openLesson(theLog)
    const seen = await changesDuring(screenParts, () => openLesson(parallelRewind))
    expect(seen.intermediate).toHaveLength(0)
    expect(store.getState().lessonSession).toMatchObject({ lessonId: parallelRewind.id })
    expect(store.getState().scenario).toBe(parallelRewind.scenario)
  })

  test('a preview for the class turns presenter mode on with the lesson', async () => {
    const seen = await changesDuring(
      (s) => ({ presenting: s.presenting, lessonSession: s.lessonSession }),
      () =>
        store
          .getState()
          .openLesson(theLog, { key: theLog.id, step: 0, stash: currentStash(), presenting: true }),
    )
    expect(seen.intermediate).toHaveLength(0)
    expect(store.getState()).toMatchObject({ presenting: true, lessonSession: { step: 0 } })
    store.getState().setPresenting(false)
  })

  test('moving to a step is one change, over two branches too', async () => {
    await openLesson(parallelRewind)
    const seen = await changesDuring(screenParts, () => {
      store.getState().goToLessonStep(parallelRewind, ON_B)
    })
    expect(seen.count).toBe(1)
    expect(store.getState().branch?.selected).toBe('b')
    expect(store.getState().lessonSession?.step).toBe(ON_B)
  })

  test('back to the lesson from exploring, at another step, says the link’s notice with it', async () => {
    await openLesson(theLog)
    store.getState().setExploring(true)
    await store.getState().act({ type: 'cleaner.run' })
    const notice = { tone: 'info', text: 'This link asked for another step.' } as const
    const seen = await changesDuring(screenParts, () =>
      store.getState().resumeLesson(theLog, 2, [notice]),
    )
    expect(seen.intermediate).toHaveLength(0)
    const state = store.getState()
    expect(state.scenario).toBe(theLog.scenario)
    expect(state.lessonSession).toMatchObject({ step: 2, exploring: false })
    expect(state.notices.map((n) => n.text)).toContain(notice.text)
  })

  test('back to my scenario puts back both branches as the lesson ends', async () => {
    await forkAt30sWithARecordInB()
    const mine = store.getState()
    await openLesson(theLog)
    const seen = await changesDuring(screenParts, () => store.getState().backToMyScenario())
    expect(seen.intermediate).toHaveLength(0)
    expect(store.getState()).toMatchObject({
      lessonSession: null,
      scenario: mine.scenario,
      branch: mine.branch,
    })
  })

  test('keep as my scenario ends the lesson, keeping both of its branches, in one change', async () => {
    await openLesson(parallelRewind)
    const seen = await changesDuring(screenParts, () => store.getState().keepAsMyScenario())
    expect(seen.intermediate).toHaveLength(0)
    expect(store.getState().lessonSession).toBeNull()
    expect(store.getState().branch?.other).toBe(parallelRewind.branched?.b)
  })
})

describe('branches change in one step', () => {
  test('a document of two branches opens with both, never one alone first', async () => {
    await forkAt30sWithARecordInB()
    const document = branchedOf(store.getState().scenario, store.getState().branch!)
    store.setState(initialAppState(defaultScenario))
    const seen = await changesDuring(screenParts, () =>
      store.getState().openDocument(document, { cursor: 40_000 }),
    )
    expect(seen.intermediate).toHaveLength(0)
    expect(store.getState().branch?.selected).toBe('b')
  })

  test('fork, go to a place on B, keep one: each is one change', async () => {
    store.getState().seek(30_000)
    const fork = await changesDuring(screenParts, () => {
      store.getState().forkAtCursor()
    })
    expect(fork.count).toBe(1)
    const goThere = await changesDuring(screenParts, () => {
      store.getState().goToPlace(10_000, 'b')
    })
    expect(goThere.count).toBe(1)
    expect(store.getState()).toMatchObject({ cursor: 10_000, branch: { selected: 'b' } })
    const keep = await changesDuring(screenParts, () => {
      store.getState().keepOnlyBranch('a')
    })
    expect(keep.count).toBe(1)
    expect(store.getState().branch).toBeNull()
  })
})
