import { describe, expect, test } from 'vitest'
import { LIMITS } from '../../scenario/limits'
import { schemaNumber } from './parseField'
import { actionNumber, jobNumber } from './schemaFields'

describe('a number out of its field’s bounds', () => {
  test('a bound in milliseconds is also said in words', () => {
    expect(
      schemaNumber(String(LIMITS.durationMs + 1), 'task.commit.ms', jobNumber('task.commit.ms')),
    ).toBe(`task.commit.ms must be at most ${String(LIMITS.durationMs)} (30 d)`)
    expect(
      schemaNumber('-5', 'The restart delay in ms', actionNumber('job.crash', 'restartAfterMs')),
    ).toBe('The restart delay in ms must be at least 0')
  })

  test('a count’s bound is a plain number', () => {
    expect(schemaNumber('65', 'job.container.count', jobNumber('job.container.count'))).toBe(
      `job.container.count must be at most ${String(LIMITS.partitionsPerTopic)}`,
    )
  })

  test('a value within the bounds is the number', () => {
    expect(schemaNumber(' 60000 ', 'task.commit.ms', jobNumber('task.commit.ms'))).toBe(60_000)
  })
})
