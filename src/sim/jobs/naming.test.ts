import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from '../engine'
import { testJob, testProducer, testScenario, topic } from '../testScenario'
import { appName, jobKey } from './naming'

describe('a job is the pair (job.name, job.id)', () => {
  it('keeps a_b/1 and a/b_1 apart: one YARN application name, two jobs, two checkpoint topics', () => {
    const first = { 'job.name': 'a_b', 'job.id': '1' }
    const second = { 'job.name': 'a', 'job.id': 'b_1' }
    expect(appName(first)).toBe(appName(second))
    expect(jobKey(first)).toBe('a_b/1')
    expect(jobKey(second)).toBe('a_b_1')
    const scenario = testScenario({
      durationMs: 60_000,
      topics: [topic('events', { 'retention.ms': 600_000 })],
      producers: [testProducer()],
      jobs: [
        testJob({ ...first, changelog: 'first-changelog', output: 'first-counts' }),
        testJob({ ...second, changelog: 'second-changelog', output: 'second-counts' }),
      ],
    })
    const world = initialWorld(scenario)
    advanceWorld(world, scenario, scenario.durationMs, () => undefined)
    expect([...world.jobs.keys()]).toEqual(['a_b/1', 'a_b_1'])
    expect(world.topics.has('__samza_checkpoint_ver_1_for_a-b_1')).toBe(true)
    expect(world.topics.has('__samza_checkpoint_ver_1_for_a_b-1')).toBe(true)
    const counted = (changelog: string) =>
      world.topics.get(changelog)?.partitions[0]?.logEndOffset ?? 0
    expect(counted('first-changelog')).toBeGreaterThan(0)
    expect(counted('second-changelog')).toBe(counted('first-changelog'))
  })

  it('gives every pair its own key', () => {
    const part = fc.stringMatching(/^[a-z_]{1,4}$/)
    const key = (name: string, id: string) => jobKey({ 'job.name': name, 'job.id': id })
    fc.assert(
      fc.property(part, part, part, part, (n1, i1, n2, i2) => {
        expect(key(n1, i1) === key(n2, i2)).toBe(n1 === n2 && i1 === i2)
      }),
    )
  })

  it('keys a job whose name has no "_" by its YARN application name, as before', () => {
    expect(jobKey({ 'job.name': 'page-counter', 'job.id': '2' })).toBe('page-counter_2')
  })
})
