import { beforeEach, describe, expect, test, vi } from 'vitest'
import type { Lesson } from '../../../lessons'
import { lessonById } from '../../../lessons'
import { checkDraft } from '../../../lessons/authoring/checkDraft'
import { changeStep } from '../../../lessons/authoring/draft'
import { decodeLessonLink } from '../../../lessons/format/link'
import { defaultScenario } from '../../../scenario/builtin'
import { currentStash, initialAppState, useAppStore } from '../../../store/appStore'
import { undoLabel } from '../../../store/editHistory'
import { hasUnsavedWork } from '../../../store/slices/lessonAuthoring'
import { keepLesson, lessonKey, myLessons, removeLesson } from '../myLessons'
import { ownLessonLink } from '../ownLessonLink'
import { editLesson } from './editLesson'
import { documentOnScreen } from './placeOnScreen'
import { keepDraft } from './publish'

const store = useAppStore

/** A built-in lesson as one of the user's (as if imported), under its own id. */
function mine(id: string, builtin: string): Lesson {
  const lesson = lessonById(builtin)
  if (lesson === undefined) throw new Error(`the lesson ${builtin}`)
  return { ...lesson, id, title: `My ${lesson.title}` }
}
const first = mine('mine-first', 'the-log')
const branched = mine('mine-branched', 'parallel-rewind')
const last = mine('mine-last', 'tombstones')

beforeEach(() => {
  // Your lessons live in the browser's storage; here a Map stands in for it.
  const stored = new Map<string, string>()
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => stored.set(key, value),
  })
  for (const lesson of myLessons()) removeLesson(lesson.id)
  for (const lesson of [first, branched, last]) keepLesson(lesson)
  store.setState(initialAppState(defaultScenario))
})

describe('editing one of Your lessons', () => {
  test.each([first, branched])(
    '$id opens with its scenario, branches and steps exactly as it was',
    async (lesson) => {
      await editLesson(lesson, false, 1)
      const { lessonDraft: draft, branch } = store.getState()
      if (draft === null) throw new Error('the lesson opened in the editor')
      expect(branch?.names ?? null).toEqual(
        lesson.branched && {
          a: lesson.branched.branches.a.name,
          b: lesson.branched.branches.b.name,
        },
      )
      // Saved without a change, from what is on screen: the same lesson, and nothing to lose.
      expect(checkDraft(draft, documentOnScreen())).toEqual({ ok: true, value: lesson })
      expect(hasUnsavedWork(store.getState())).toBe(false)
    },
  )

  test('saving an edit updates the lesson in its place, its link included', async () => {
    await editLesson(branched, false, 1)
    store.getState().editLessonDraft('retitle step 2', (d) => changeStep(d, 1, { title: 'Edited' }))
    expect(hasUnsavedWork(store.getState())).toBe(true)
    const kept = keepDraft()
    if (!('lesson' in kept)) throw new Error(`refused: ${JSON.stringify(kept.problems)}`)

    expect(myLessons().map((l) => l.id)).toEqual([first.id, branched.id, last.id])
    expect(myLessons()[1]?.steps[1]?.title).toBe('Edited')
    expect(myLessons()[1]).toEqual({
      ...branched,
      steps: branched.steps.map((s, i) => (i === 1 ? { ...s, title: 'Edited' } : s)),
    })
    const link = await ownLessonLink(lessonKey(branched, true), 2)
    const opened = await decodeLessonLink(link ?? '')
    expect(opened.ok && opened.lesson.steps[1]?.title).toBe('Edited')
    expect(hasUnsavedWork(store.getState())).toBe(false)
  })

  test('opening for editing is undone like any edit', async () => {
    await editLesson(first, false, 1)
    expect(undoLabel(store.getState().lessonDraftHistory)).toBe(`edit "${first.title}"`)
    store.getState().undoLessonDraft()
    expect(store.getState().lessonDraft).toBeNull()
  })
})

describe('editing a copy of a built-in lesson', () => {
  test('saves a new lesson of the user’s; the built-in one is untouched', async () => {
    const builtin = lessonById('tombstones')
    if (builtin === undefined) throw new Error('the tombstones lesson')
    await editLesson(builtin, true, 1_700_000_000_000)
    // Not kept yet: closing it would ask first.
    expect(hasUnsavedWork(store.getState())).toBe(true)
    const kept = keepDraft()
    if (!('lesson' in kept)) throw new Error(`refused: ${JSON.stringify(kept.problems)}`)
    expect(kept.lesson).toEqual({
      ...builtin,
      id: kept.lesson.id,
      title: `${builtin.title} (copy)`,
    })
    expect(kept.lesson.id).not.toBe(builtin.id)
    expect(myLessons()).toHaveLength(4)
    expect(lessonById('tombstones')).toBe(builtin)
  })
})

describe('the user’s own scenario while a lesson is edited over its own', () => {
  test('closing offers it back, and going back opens it where it was', async () => {
    store.getState().seek(12_345)
    const own = store.getState().scenario
    await editLesson(first, false, 1)
    expect(store.getState().scenario).not.toBe(own)
    expect(store.getState().scenarioSetAside?.scenario).toBe(own)

    store.getState().closeLessonDraft()
    const offer = store.getState().notices.find((n) => n.offer === 'back-to-scenario-set-aside')
    expect(offer?.text).toContain(first.title)

    await store.getState().backToScenarioSetAside()
    expect(store.getState().scenario).toBe(own)
    expect(store.getState().cursor).toBe(12_345)
    expect(store.getState().scenarioSetAside).toBeNull()
  })

  test('a lesson in progress gives back the scenario it set aside, not its own', async () => {
    const own = store.getState().scenario
    const lesson = lessonById('tombstones')
    if (lesson === undefined) throw new Error('the tombstones lesson')
    await store.getState().openLesson(lesson, { key: lesson.id, step: 0, stash: currentStash() })
    await editLesson(lesson, true, 1)
    expect(store.getState().lessonSession).toBeNull()
    expect(store.getState().scenarioSetAside?.scenario).toBe(own)
  })

  test('a new lesson is written over the scenario on screen: nothing is set aside', async () => {
    await editLesson(first, false, 1)
    store.getState().closeLessonDraft()
    store.getState().startLessonDraft(2)
    expect(store.getState().scenarioSetAside).toBeNull()
  })
})
