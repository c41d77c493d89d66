import { beforeEach, describe, expect, test } from 'vitest'
import { lessonById } from '../../lessons'
import { defaultScenario } from '../../scenario/builtin'
import { initialAppState, useAppStore, currentStash } from '../../store/appStore'
import { startLesson } from './lessonControl'
import { forkAt30sWithARecordInB } from '../../store/branchFixture'

const store = useAppStore
const parallelRewind = lessonById('parallel-rewind')
const theLog = lessonById('the-log')
if (!parallelRewind?.branched || !theLog) throw new Error('the lessons these tests open')

beforeEach(() => {
  useAppStore.getState().endLesson()
  store.setState(initialAppState(defaultScenario))
})

describe('a lesson over two branches', () => {
  test('opens both, A on screen, each step showing the branch it names', async () => {
    await startLesson(parallelRewind, 0, currentStash())
    const { scenario, branch } = store.getState()
    expect(scenario).toBe(parallelRewind.scenario)
    expect(branch).toMatchObject({
      forkAtMs: 9_000,
      names: { a: 'new output', b: 'live output' },
      selected: 'a',
      other: parallelRewind.branched?.b,
    })
    useAppStore.getState().goToLessonStep(parallelRewind, 4)
    expect(store.getState().branch?.selected).toBe(parallelRewind.steps[4]?.view?.branch)
    expect(store.getState().scenario).toBe(parallelRewind.branched?.b)
    useAppStore.getState().goToLessonStep(parallelRewind, 6)
    expect(store.getState().branch?.selected).toBe('a')
    expect(useAppStore.getState().lessonSession?.exploring).toBe(false)
  })
})

describe('the words of the step on screen', () => {
  test('are its text and the pointer of the answer it reveals, for the stage to draw first', async () => {
    await startLesson(parallelRewind, 0, currentStash())
    expect(store.getState().stepWords).toBe(`${parallelRewind.steps[0]?.text ?? ''}\n`)
    useAppStore.getState().goToLessonStep(parallelRewind, 3)
    const words = store.getState().stepWords ?? ''
    expect(words).toContain(parallelRewind.steps[3]?.text)
    expect(words).toContain(parallelRewind.steps[2]?.predict?.lookAt)
  })
})

describe('leaving a lesson puts back both branches the user had', () => {
  test('Back to my scenario: both branches, B still selected, B’s own record still there', async () => {
    await forkAt30sWithARecordInB()
    const before = store.getState()
    await startLesson(theLog, 0, currentStash())
    expect(store.getState().branch).toBeNull()
    await useAppStore.getState().backToMyScenario()
    const after = store.getState()
    expect(after.branch).toEqual(before.branch)
    expect(after.scenario).toEqual(before.scenario)
    expect(after.cursor).toBe(before.cursor)
    expect(useAppStore.getState().lessonSession).toBeNull()
  })

  test('from a lesson over two branches too', async () => {
    await forkAt30sWithARecordInB()
    const before = store.getState()
    await startLesson(parallelRewind, 3, currentStash())
    await useAppStore.getState().backToMyScenario()
    expect(store.getState().branch).toEqual(before.branch)
    expect(store.getState().scenario).toEqual(before.scenario)
  })

  test('Keep as my scenario keeps both of the lesson’s branches, saved as an edit', async () => {
    await startLesson(parallelRewind, 0, currentStash())
    const edits = store.getState().editCount
    await useAppStore.getState().keepAsMyScenario()
    expect(store.getState().branch?.names).toEqual({ a: 'new output', b: 'live output' })
    expect(store.getState().editCount).toBeGreaterThan(edits)
  })
})
