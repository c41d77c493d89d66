import { beforeEach, describe, expect, test } from 'vitest'
import { defaultScenario } from '../scenario/builtin'
import { loadScenarioFile, tooLargeScenario } from '../scenario/testScenarios'
import { useAppStore } from './appStore'
import { useLessonSession } from './lessonSession'
import { openNewScenario } from './openScenario'

const lessonScenario = loadScenarioFile('simple-rewind.json')
const stash = {
  scenario: defaultScenario,
  branch: null,
  cursor: 0,
  topic: 'page-views',
  partition: 0,
}

beforeEach(async () => {
  await useAppStore.getState().load(lessonScenario)
  useLessonSession.getState().begin('simple-rewind', 5, 2, stash)
})

describe('opening a whole new scenario while a lesson is open', () => {
  test('ends the lesson and counts an import as the user’s edit, to be saved as the draft', async () => {
    const edits = useAppStore.getState().editCount
    expect(await openNewScenario(defaultScenario, { isEdit: true })).toBe('opened')
    expect(useLessonSession.getState().session).toBeNull()
    expect(useAppStore.getState().scenario).toBe(defaultScenario)
    expect(useAppStore.getState().editCount).toBe(edits + 1)
  })

  test('keeps the lesson, at its step, when the scenario is refused', async () => {
    const huge = tooLargeScenario()
    expect(await openNewScenario(huge, { isEdit: true })).toMatchObject({
      refused: expect.stringMatching(/lower the producer rates/) as unknown,
    })
    expect(useLessonSession.getState().session).toMatchObject({
      lessonId: 'simple-rewind',
      step: 2,
    })
    expect(useAppStore.getState().scenario).toBe(lessonScenario)
  })
})
