import { describe, expect, test } from 'vitest'
import { formatSimTime } from '../../derive/scene/format'
import { awayFromStep } from './awayFromStep'

describe('the banner when the cursor leaves the step', () => {
  test('nothing to say at the step’s own time, fractions of a ms included', () => {
    expect(awayFromStep(30_000, 30_000)).toBeNull()
    expect(awayFromStep(30_000.7, 30_000)).toBeNull()
  })

  test('names both times, before or after the step', () => {
    expect(awayFromStep(60_000, 30_000)).toBe(
      `You are at ${formatSimTime(60_000)}; this step is at ${formatSimTime(30_000)}.`,
    )
    expect(awayFromStep(60_000, 30_000)).toBe('You are at 1 min; this step is at 30 s.')
    expect(awayFromStep(0, 4_500)).toBe('You are at 0 ms; this step is at 4 s 500 ms.')
  })
})
