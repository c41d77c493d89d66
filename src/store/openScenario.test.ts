import { beforeEach, describe, expect, test } from 'vitest'
import { defaultScenario } from '../scenario/builtin'
import { loadScenarioFile, tooLargeScenario } from '../scenario/testScenarios'
import { useAppStore } from './appStore'
import { useLessonSession } from './lessonSession'
import { openNewScenario } from './openScenario'

const lessonScenario = loadScenarioFile('simple-rewind.json')
const stash = { scenario: defaultScenario, cursor: 0, topic: 'page-views', partition: 0 }

beforeEach(() => {
  useAppStore.getState().load(lessonScenario)
  useLessonSession.getState().begin('simple-rewind', 5, 2, stash)
})

describe('opening a whole new scenario while a lesson is open', () => {
  test('ends the lesson and counts an import as the user’s edit, to be saved as the draft', () => {
    const edits = useAppStore.getState().editCount
    expect(openNewScenario(defaultScenario, { isEdit: true })).toBeNull()
    expect(useLessonSession.getState().session).toBeNull()
    expect(useAppStore.getState().scenario).toBe(defaultScenario)
    expect(useAppStore.getState().editCount).toBe(edits + 1)
  })

  test('keeps the lesson, at its step, when the scenario is refused', () => {
    const huge = tooLargeScenario()
    expect(openNewScenario(huge, { isEdit: true })).toMatch(/lower the producer rates/)
    expect(useLessonSession.getState().session).toMatchObject({
      lessonId: 'simple-rewind',
      step: 2,
    })
    expect(useAppStore.getState().scenario).toBe(lessonScenario)
  })
})
