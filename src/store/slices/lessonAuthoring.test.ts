import { beforeEach, describe, expect, test } from 'vitest'
import { addStep, changeDraft } from '../../lessons/authoring/draft'
import { useAppStore } from '../appStore'
import { undoLabel } from '../editHistory'

const authoring = useAppStore
const place = { at: 1_000, view: { topic: 't', partition: 0 } }

beforeEach(() => {
  authoring.getState().closeLessonDraft()
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
    authoring.getState().editLessonDraft('nothing', (d) => d)
    expect(authoring.getState().lessonDraftHistory.past).toEqual([])
  })

  test('closing drops the draft and its history; a new lesson starts empty', () => {
    authoring.getState().editLessonDraft('add step 1', (d) => addStep(d, place))
    authoring.getState().closeLessonDraft()
    expect(authoring.getState().lessonDraft).toBeNull()
    authoring.getState().undoLessonDraft()
    expect(authoring.getState().lessonDraft).toBeNull()
    authoring.getState().startLessonDraft(1_700_000_000_001)
    expect(authoring.getState()).toMatchObject({
      lessonDraft: { steps: [] },
      lessonDraftHistory: { past: [] },
    })
  })
})
