import { describe, expect, test } from 'vitest'
import { createTimeline, diffWorlds, firstDivergence, isEmptyDiff } from '../../sim'
import { loadScenarioFile } from '../testScenarios'
import { withBranchAction } from './branchAction'
import { branchScenario, forkScenario, withoutBranchAction } from './branches'

const scenario = loadScenarioFile('parallel-rewind.json')

describe('forking a scenario', () => {
  test('the actions up to the fork are shared, A keeps the later ones and B has none', () => {
    const branched = forkScenario(scenario, 75_000, { a: 'cleanup', b: 'keep both' })
    expect(branched.scenario.actions.map((a) => a.at)).toEqual([70_000])
    expect(branched.branches.a).toEqual({ name: 'cleanup', actions: [scenario.actions[1]] })
    expect(branched.branches.b).toEqual({ name: 'keep both', actions: [] })
    expect(branchScenario(branched, 'a')).toEqual(scenario)
  })

  test('a branch with no new actions is the same run as the scenario up to the fork', () => {
    const branched = forkScenario(scenario, 75_000)
    const b = branchScenario(branched, 'b')
    const divergence = firstDivergence(scenario, b)
    expect(divergence?.input).toMatchObject({ kind: 'action', time: 80_000 })
    expect(divergence?.time).toBe(80_000)
  })

  test('an action of B joins B only, after the fork; one before the fork is refused', () => {
    const branched = forkScenario(scenario, 40_000)
    const stop = { type: 'job.stop' as const, at: 45_000, job: 'page-counter_2' }
    const acted = withBranchAction(branched, 'b', stop)
    expect(acted.ok && acted.value.branches.b.actions).toEqual([stop])
    expect(acted.ok && acted.value.branches.a).toEqual(branched.branches.a)
    const early = withBranchAction(branched, 'b', { ...stop, at: 39_999 })
    expect(!early.ok && early.problems[0]?.message).toMatch(/before the fork at 40000 ms/)
    const unknownJob = withBranchAction(branched, 'b', { ...stop, job: 'nobody_1' })
    expect(unknownJob.ok).toBe(false)
    if (acted.ok) expect(withoutBranchAction(acted.value, 'b', 0)).toEqual(branched)
  })
})

describe('the two timelines of a branched scenario', () => {
  test('B’s timeline forked from A’s shares its worlds up to the fork and equals a fresh run', () => {
    const branched = forkScenario(scenario, 40_000)
    const acted = withBranchAction(branched, 'b', {
      type: 'job.stop',
      at: 40_000,
      job: 'page-counter_2',
    })
    if (!acted.ok) throw new Error('the stop should be accepted')
    const a = createTimeline(branchScenario(acted.value, 'a'), { keyframeEvery: 64 })
    a.worldAt(90_000)
    const b = a.withScenario(branchScenario(acted.value, 'b'))
    const fresh = createTimeline(branchScenario(acted.value, 'b'))
    expect(isEmptyDiff(diffWorlds(b.worldAt(39_999), a.worldAt(39_999)))).toBe(true)
    expect(isEmptyDiff(diffWorlds(b.worldAt(90_000), fresh.worldAt(90_000)))).toBe(true)
    expect(isEmptyDiff(diffWorlds(b.worldAt(90_000), a.worldAt(90_000)))).toBe(false)
    // Before the fork B reads the very record storage A's keyframes hold.
    const logA = a.worldAt(30_000).topics.get('page-views')?.partitions[0]
    const logB = b.worldAt(30_000).topics.get('page-views')?.partitions[0]
    expect(logB?.segments[0]?.columns).toBe(logA?.segments[0]?.columns)
  })
})
