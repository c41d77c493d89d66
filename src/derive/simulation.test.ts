import { describe, expect, test } from 'vitest'
import { defaultScenario } from '../scenario/builtin'
import { tooLargeScenario } from '../scenario/testScenarios'
import { BROWSER_MAX_EVENTS } from './cache'
import { estimateEvents, prepareScenario } from './simulation'

describe('the browser’s work budget', () => {
  test('the default scenario is well inside it', () => {
    expect(estimateEvents(defaultScenario)).toBe(90 + 90 + 36)
    expect(prepareScenario(defaultScenario)).toEqual({ ok: true })
  })

  test('a scenario asking for more is refused before anything runs', () => {
    const huge = tooLargeScenario()
    expect(estimateEvents(huge)).toBeGreaterThan(BROWSER_MAX_EVENTS)
    const result = prepareScenario(huge)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/reduce producer rates/)
  })
})
