import { performance } from 'node:perf_hooks'
import { branchScenario, forkScenario, withBranchAction } from '../src/scenario/branches'
import { createTimeline } from '../src/sim'
import { percentile, report, seekTimes } from './report'
import { compactedMillion } from './scenarios'

/**
 * Branching must not slow scrubbing: B is forked half-way through the 1M-record scenario with an
 * action of its own, and its timeline comes from A's (`withScenario`), sharing A's keyframes and
 * record storage up to the fork. Seeks in B must stay as fast as in A, and building B must cost
 * only what comes after the fork.
 */
export function benchBranchSeeks(): void {
  const scenario = compactedMillion()
  const forkAtMs = Math.floor(scenario.durationMs / 2)
  const acted = withBranchAction(forkScenario(scenario, forkAtMs), 'b', {
    type: 'retention.run',
    at: forkAtMs,
  })
  if (!acted.ok) throw new Error('the branch action should be accepted')
  const a = createTimeline(branchScenario(acted.value, 'a'))
  const buildA = performance.now()
  a.worldAt(scenario.durationMs)
  const buildAMs = performance.now() - buildA

  const buildB = performance.now()
  const b = a.withScenario(branchScenario(acted.value, 'b'))
  b.worldAt(scenario.durationMs)
  report(
    'branch: first build of B forked half-way, share of A’s full build (1M records)',
    (performance.now() - buildB) / buildAMs,
    'ratio',
    '< 1',
  )
  const p95 = (timeline: typeof a): number =>
    percentile(
      seekTimes(1000, scenario.durationMs)
        .map((t) => {
          const start = performance.now()
          timeline.worldAt(t)
          return performance.now() - start
        })
        .sort((x, y) => x - y),
      0.95,
    )
  report('branch: worldAt p95 in B (1M records, 1000 random seeks)', p95(b), 'ms', '<= 4')
  report('branch: worldAt p95 in A, the same seeks after B was built', p95(a), 'ms', 'info')
}
