import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld, snapshotJob } from '../../sim'
import { parseScenarioDocument } from '../branches/document'
import { parseScenario } from '../parse'
import type { Scenario } from '../schema'
import { completeStarts } from './completeStarts'

/** A counter stopped and started three times; only the first restart changes its settings. */
function restarts(version: number) {
  return {
    version,
    durationMs: 40_000,
    topics: [{ name: 'views' }],
    producers: [{ name: 'web', topic: 'views', recordsPerSecond: 2, keys: { count: 3 } }],
    jobs: [
      {
        'job.name': 'counter',
        processor: { type: 'count' },
        inputs: ['views'],
        changelog: 'counter-changelog',
        output: 'counts',
        'task.commit.ms': 1000,
      },
    ],
    // Written out of time order on purpose: the migration follows time, as the scenario runs.
    actions: [
      { type: 'job.start', at: 31_000, job: 'counter_1' },
      { type: 'job.stop', at: 10_000, job: 'counter_1' },
      { type: 'job.start', at: 11_000, job: 'counter_1', set: { changelog: 'counter-v2' } },
      { type: 'job.stop', at: 20_000, job: 'counter_1' },
      { type: 'job.start', at: 21_000, job: 'counter_1', set: { 'task.commit.ms': 500 } },
      { type: 'job.stop', at: 30_000, job: 'counter_1' },
    ],
  }
}

function parsed(input: unknown): Scenario {
  const result = parseScenario(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

/** The changelog and task.commit.ms of the runs started at 11 s, 21 s and 31 s. */
function runConfigs(scenario: Scenario): string[] {
  return [15_000, 25_000, 35_000].map((time) => {
    const world = initialWorld(scenario)
    advanceWorld(world, scenario, time, () => undefined)
    const job = world.jobs.get('counter_1')
    if (!job) throw new Error('no job counter_1')
    const settings = snapshotJob(world, job).settings
    return `${String(settings.changelog)} ${settings['task.commit.ms']}`
  })
}

describe('migration to format 3: a start runs its declared settings plus its own set', () => {
  it("gives each start of an older file every change its job's earlier starts made", () => {
    const sets = parsed(restarts(1)).actions.flatMap((a) => (a.type === 'job.start' ? [a.set] : []))
    expect(sets).toEqual([
      { changelog: 'counter-v2' },
      { changelog: 'counter-v2', 'task.commit.ms': 500 },
      { changelog: 'counter-v2', 'task.commit.ms': 500 },
    ])
  })

  it('an older file reaches the worlds it reached before: changes stick to later runs', () => {
    expect(runConfigs(parsed(restarts(1)))).toEqual([
      'counter-v2 1000',
      'counter-v2 500',
      'counter-v2 500',
    ])
  })

  it('the same actions as format 3 run exactly the config each start gives', () => {
    expect(runConfigs(parsed(restarts(3)))).toEqual([
      'counter-v2 1000',
      'counter-changelog 500',
      'counter-changelog 1000',
    ])
  })

  it("migrates a format 2 branch's actions as part of its whole scenario", () => {
    const { actions, ...rest } = restarts(2)
    const shared = actions.filter((a) => a.at <= 15_000)
    const later = actions.filter((a) => a.at > 15_000)
    const result = parseScenarioDocument({
      ...rest,
      actions: shared,
      branches: {
        forkAtMs: 15_000,
        a: { name: 'A', actions: later },
        b: { name: 'B', actions: [] },
      },
    })
    if (!result.ok || result.value.branches === null) throw new Error('should parse with branches')
    const starts = result.value.branches.a.actions.filter((a) => a.type === 'job.start')
    expect(starts.map((a) => a.set)).toEqual([
      { changelog: 'counter-v2', 'task.commit.ms': 500 },
      { changelog: 'counter-v2', 'task.commit.ms': 500 },
    ])
  })

  it('leaves what is not a list of actions for the schema to refuse', () => {
    expect(completeStarts({ actions: 'none' })).toEqual({ actions: 'none' })
    expect(completeStarts({ actions: [null, 3, { type: 'job.start', set: 'x' }] })).toEqual({
      actions: [null, 3, { type: 'job.start', set: 'x' }],
    })
  })
})
