import { beforeEach, describe, expect, test } from 'vitest'
import { defaultScenario } from '../scenario/builtin'
import { loadScenarioFile, tooLargeScenario } from '../scenario/testScenarios'
import { useAppStore } from './appStore'

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
  useAppStore.getState().beginLesson('simple-rewind', 5, 2, stash)
})

describe('opening a whole new scenario while a lesson is open', () => {
  test('ends the lesson and counts an import as the user’s edit, to be saved as the draft', async () => {
    const edits = useAppStore.getState().editCount
    expect(
      await useAppStore
        .getState()
        .openDocument({ scenario: defaultScenario, branches: null }, { isEdit: true }),
    ).toBe('opened')
    expect(useAppStore.getState().lessonSession).toBeNull()
    expect(useAppStore.getState().scenario).toBe(defaultScenario)
    expect(useAppStore.getState().editCount).toBe(edits + 1)
  })

  test('ends the lesson in the same change that puts the new scenario on screen', async () => {
    const seen: { inLesson: boolean; newScenario: boolean }[] = []
    const stop = useAppStore.subscribe((s) => {
      seen.push({ inLesson: s.lessonSession !== null, newScenario: s.scenario === defaultScenario })
    })
    await useAppStore.getState().openDocument({ scenario: defaultScenario, branches: null })
    stop()
    // Never the old scenario without its lesson, nor the new one still inside the lesson.
    expect(seen.some((s) => s.inLesson === s.newScenario)).toBe(false)
    expect(seen.at(-1)).toEqual({ inLesson: false, newScenario: true })
  })

  test('keeps the lesson, at its step, when the scenario is refused', async () => {
    const huge = tooLargeScenario()
    expect(
      await useAppStore
        .getState()
        .openDocument({ scenario: huge, branches: null }, { isEdit: true }),
    ).toMatchObject({
      refused: expect.stringMatching(/lower the producer rates/) as unknown,
    })
    expect(useAppStore.getState().lessonSession).toMatchObject({
      lessonId: 'simple-rewind',
      step: 2,
    })
    expect(useAppStore.getState().scenario).toBe(lessonScenario)
  })
})
