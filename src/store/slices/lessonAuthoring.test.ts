import { beforeEach, describe, expect, test } from 'vitest'
import { addStep, changeDraft, draftId } from '../../lessons/authoring/draft'
import { useAppStore } from '../appStore'
import { undoLabel } from '../editHistory'
import { hasUnsavedWork, initialLessonAuthoring } from './lessonAuthoring'

const authoring = useAppStore
const place = { at: 1_000, view: { topic: 't', partition: 0 } }

beforeEach(() => {
  authoring.setState(initialLessonAuthoring())
  authoring.getState().startLessonDraft(1_700_000_000_000)
})

describe('a lesson being written in the app', () => {
  test('each edit can be undone and redone, by name', () => {
    authoring.getState().editLessonDraft('add step 1', (d) => addStep(d, place))
    authoring
      .getState()
      .editLessonDraft('retitle the lesson', (d) => changeDraft(d, { title: 'Mine' }))
    expect(undoLabel(authoring.getState().lessonDraftHistory)).toBe('retitle the lesson')
    authoring.getState().undoLessonDraft()
    expect(authoring.getState().lessonDraft).toMatchObject({ title: '', steps: [{ at: 1_000 }] })
    authoring.getState().undoLessonDraft()
    expect(authoring.getState().lessonDraft?.steps).toEqual([])
    authoring.getState().redoLessonDraft()
    authoring.getState().redoLessonDraft()
    expect(authoring.getState().lessonDraft).toMatchObject({
      title: 'Mine',
      steps: [{ at: 1_000 }],
    })
  })

  test('an edit that changes nothing is not recorded', () => {
    // Starting the lesson is the only edit so far (undo would close it again).
    const before = authoring.getState().lessonDraftHistory
    authoring.getState().editLessonDraft('nothing', (d) => d)
    expect(authoring.getState().lessonDraftHistory).toBe(before)
    expect(before.past.map((e) => e.label)).toEqual(['start a new lesson'])
  })

  // Closing used to drop the draft and its history for good; it is now an edit undo takes back,
  // so a draft closed by mistake is never lost.
  test('closing is undone like any edit: the draft comes back as it was, with its history', () => {
    authoring.getState().editLessonDraft('add step 1', (d) => addStep(d, place))
    const written = authoring.getState().lessonDraft
    authoring.getState().closeLessonDraft()
    expect(authoring.getState().lessonDraft).toBeNull()
    expect(undoLabel(authoring.getState().lessonDraftHistory)).toBe('close "the new lesson"')
    authoring.getState().undoLessonDraft()
    expect(authoring.getState().lessonDraft).toBe(written)
    authoring.getState().undoLessonDraft()
    expect(authoring.getState().lessonDraft?.steps).toEqual([])
  })

  test('a new lesson starts empty, and undo goes back to the draft it replaced', () => {
    authoring.getState().editLessonDraft('add step 1', (d) => addStep(d, place))
    const written = authoring.getState().lessonDraft
    authoring.getState().closeLessonDraft()
    authoring.getState().startLessonDraft(1_700_000_000_001)
    expect(authoring.getState().lessonDraft).toMatchObject({
      steps: [],
      id: draftId(1_700_000_000_001),
    })
    authoring.getState().undoLessonDraft()
    authoring.getState().undoLessonDraft()
    expect(authoring.getState().lessonDraft).toBe(written)
  })

  test('work is unsaved once something is written, until the draft is kept as it is', () => {
    expect(hasUnsavedWork(authoring.getState())).toBe(false)
    authoring
      .getState()
      .editLessonDraft('retitle the lesson', (d) => changeDraft(d, { title: 'Mine' }))
    expect(hasUnsavedWork(authoring.getState())).toBe(true)
    const kept = authoring.getState().lessonDraft
    if (kept === null) throw new Error('a draft is being written')
    authoring.getState().markLessonDraftSaved(kept)
    expect(hasUnsavedWork(authoring.getState())).toBe(false)
    authoring.getState().editLessonDraft('add step 1', (d) => addStep(d, place))
    expect(hasUnsavedWork(authoring.getState())).toBe(true)
    // Undo back to the kept draft: nothing is unsaved again.
    authoring.getState().undoLessonDraft()
    expect(hasUnsavedWork(authoring.getState())).toBe(false)
  })
})
