import { describe, expect, test } from 'vitest'
import { defaultScenario } from '../scenario/builtin'
import { tooLargeScenario } from '../scenario/testScenarios'
import { DEFAULT_WORK_BUDGET, estimateWork } from '../sim'
import { prepareScenario } from './simulation'

describe('the browser’s work budget', () => {
  test('the default scenario is well inside it', () => {
    expect(estimateWork(defaultScenario, DEFAULT_WORK_BUDGET)).toBeNull()
    expect(prepareScenario(defaultScenario)).toEqual({ ok: true })
  })

  test('a scenario asking for more is refused before anything runs, naming its producer', () => {
    const huge = tooLargeScenario()
    expect(estimateWork(huge, DEFAULT_WORK_BUDGET)?.cause.kind).toBe('records')
    const result = prepareScenario(huge)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/producer "flood".*lower the producer rates/)
  })
})
