import { describe, expect, it } from 'vitest'
import { parseScenario } from './parse'
import { describeProblems } from './problems'

const job = (name: string, id: string) => ({
  'job.name': name,
  'job.id': id,
  processor: { type: 'count' },
  inputs: ['events'],
  changelog: `${name}-${id}-changelog`,
  output: `${name}-${id}-out`,
})

function scenarioWith(jobs: object[], actions: object[]) {
  return { version: 1, durationMs: 10_000, topics: [{ name: 'events' }], jobs, actions }
}

function refsOf(input: object): string[] | string {
  const parsed = parseScenario(input)
  if (!parsed.ok) return describeProblems(parsed.problems)
  return parsed.value.actions.map((action) => ('job' in action ? action.job : ''))
}

describe('a job is the pair (job.name, job.id)', () => {
  it('accepts a_b/1 and a/b_1 as two jobs, each named by its own key', () => {
    const input = scenarioWith(
      [job('a_b', '1'), job('a', 'b_1')],
      [
        { type: 'job.stop', at: 1000, job: 'a_b/1' },
        { type: 'job.stop', at: 2000, job: 'a_b_1' },
      ],
    )
    expect(refsOf(input)).toEqual(['a_b/1', 'a_b_1'])
  })

  it('refuses the same pair twice, naming it', () => {
    expect(refsOf(scenarioWith([job('a_b', '1'), job('a_b', '1')], []))).toBe(
      'jobs[1]: job "a_b/1" (job.name "a_b", job.id "1") is defined twice',
    )
  })

  it('still reads an older file naming a job by its YARN application name, as its key', () => {
    const input = scenarioWith(
      [job('page_counter', '1')],
      [{ type: 'job.stop', at: 1000, job: 'page_counter_1' }],
    )
    expect(refsOf(input)).toEqual(['page_counter/1'])
  })

  it('refuses a YARN application name two jobs share, naming both', () => {
    const input = scenarioWith(
      [job('a_b', 'c_1'), job('a_b_c', '1'), job('x', '1')],
      [
        { type: 'job.stop', at: 1000, job: 'x_1' },
        { type: 'job.start', at: 2000, job: 'a_b_c_1' },
      ],
    )
    expect(refsOf(input)).toBe(
      'actions[1].job: "a_b_c_1" is the YARN application name of (job.name "a_b", job.id "c_1") and (job.name "a_b_c", job.id "1"): write the key of the one you mean ("a_b/c_1" or "a_b_c/1")',
    )
  })
})
