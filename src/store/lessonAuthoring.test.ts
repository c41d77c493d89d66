import { beforeEach, describe, expect, test } from 'vitest'
import { addStep, changeDraft } from '../lessons/authoring/draft'
import { undoLabel } from './editHistory'
import { useLessonAuthoring } from './lessonAuthoring'

const authoring = useLessonAuthoring
const place = { at: 1_000, view: { topic: 't', partition: 0 } }

beforeEach(() => {
  authoring.getState().close()
  authoring.getState().start(1_700_000_000_000)
})

describe('a lesson being written in the app', () => {
  test('each edit can be undone and redone, by name', () => {
    authoring.getState().edit('add step 1', (d) => addStep(d, place))
    authoring.getState().edit('retitle the lesson', (d) => changeDraft(d, { title: 'Mine' }))
    expect(undoLabel(authoring.getState().history)).toBe('retitle the lesson')
    authoring.getState().undo()
    expect(authoring.getState().draft).toMatchObject({ title: '', steps: [{ at: 1_000 }] })
    authoring.getState().undo()
    expect(authoring.getState().draft?.steps).toEqual([])
    authoring.getState().redo()
    authoring.getState().redo()
    expect(authoring.getState().draft).toMatchObject({ title: 'Mine', steps: [{ at: 1_000 }] })
  })

  test('an edit that changes nothing is not recorded', () => {
    authoring.getState().edit('nothing', (d) => d)
    expect(authoring.getState().history.past).toEqual([])
  })

  test('closing drops the draft and its history; a new lesson starts empty', () => {
    authoring.getState().edit('add step 1', (d) => addStep(d, place))
    authoring.getState().close()
    expect(authoring.getState().draft).toBeNull()
    authoring.getState().undo()
    expect(authoring.getState().draft).toBeNull()
    authoring.getState().start(1_700_000_000_001)
    expect(authoring.getState()).toMatchObject({ draft: { steps: [] }, history: { past: [] } })
  })
})
