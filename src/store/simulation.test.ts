import { describe, expect, test } from 'vitest'
import { builtinScenario, DEFAULT_SCENARIO_INPUT, defaultScenario } from '../scenario/builtin'
import { BROWSER_MAX_EVENTS, estimateEvents, prepareScenario } from './simulation'

describe('the browser’s work budget', () => {
  test('the default scenario is well inside it', () => {
    expect(estimateEvents(defaultScenario)).toBe(90 + 90 + 36)
    expect(prepareScenario(defaultScenario)).toEqual({ ok: true })
  })

  test('a scenario asking for more is refused before anything runs', () => {
    const huge = builtinScenario({
      ...DEFAULT_SCENARIO_INPUT,
      durationMs: 100_000_000,
      producers: [
        {
          name: 'flood',
          topic: 'page-views',
          recordsPerSecond: 100,
          keys: { count: 10, prefix: 'k' },
        },
      ],
      consumers: [],
    })
    expect(estimateEvents(huge)).toBeGreaterThan(BROWSER_MAX_EVENTS)
    const result = prepareScenario(huge)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/reduce producer rates/)
  })
})
