/** Host affinity over random traffic, crashes and host failures: what each restore replays. */
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { advanceWorld, initialWorld } from '../engine'
import { readWholeLog } from '../log/fetch'
import type { ScenarioAction, SimScenario } from '../simScenario'
import { snapshotJob } from '../snapshot'
import { testJob, testProducer, testScenario, topic } from '../testScenario'
import type { World } from '../world'
import { changelogPartition } from './restore'
import { sortedEntries } from './store'

const disruptionArb = fc.record({
  at: fc.integer({ min: 500, max: 40_000 }),
  kind: fc.constantFrom('crash', 'host.fail', 'host.recover'),
  host: fc.integer({ min: 0, max: 2 }),
})

const runArb = fc.record({
  seed: fc.integer({ min: 0, max: 10_000 }),
  partitions: fc.integer({ min: 1, max: 3 }),
  containers: fc.integer({ min: 1, max: 3 }),
  keys: fc.integer({ min: 1, max: 8 }),
  rate: fc.integer({ min: 1, max: 10 }),
  commitMs: fc.integer({ min: 500, max: 5_000 }),
  disruptions: fc.array(disruptionArb, { maxLength: 5 }),
})

type Run = typeof runArb extends fc.Arbitrary<infer T> ? T : never

function scenario(r: Run, affinity: boolean): SimScenario {
  const actions: ScenarioAction[] = r.disruptions.map((d) =>
    d.kind === 'crash'
      ? { type: 'job.crash', at: d.at, job: 'counter_1', container: d.host % r.containers }
      : { type: d.kind, at: d.at, host: d.host },
  )
  return testScenario({
    seed: r.seed,
    durationMs: 90_000,
    cluster: { brokers: 1, hosts: 3, containerRestartMs: 2_000 },
    topics: [topic('events', { 'retention.ms': 600_000 }, r.partitions)],
    producers: [
      testProducer({
        partition: null,
        recordsPerSecond: r.rate,
        keys: { count: r.keys, prefix: 'k', pick: 'uniform' },
      }),
    ],
    jobs: [
      testJob({
        'job.host-affinity.enabled': affinity,
        'job.container.count': r.containers,
        'task.commit.ms': r.commitMs,
        processingRate: r.rate * 4,
      }),
    ],
    actions: actions.sort((a, b) => a.at - b.at),
  })
}

/** The task's changelog partition folded from its start, as sorted entries. */
function fullRestore(world: World, task: number): [string, string][] {
  const job = world.jobs.get('counter_1')
  const state = job?.tasks[task]
  const log = job && state && changelogPartition(world, job, state)
  const values = new Map<string, string | null>()
  for (const r of log ? readWholeLog(log) : []) if (r.key !== null) values.set(r.key, r.value)
  return [...values]
    .filter((e): e is [string, string] => e[1] !== null)
    .sort(([a], [b]) => (a < b ? -1 : 1))
}

/** Runs the scenario, checking every restore as it starts and ends; returns the final stores. */
function checkedRun(s: SimScenario, affinity: boolean) {
  const world = initialWorld(s)
  const job = () => world.jobs.get('counter_1')!
  /** Containers whose host failed under them: their next restore must start from nothing. */
  const lostHost = new Set<number>()
  advanceWorld(world, s, s.durationMs, (e) => {
    if (e.type === 'job.crashed' && e.cause === 'host failure') lostHost.add(e.container)
    if (e.type === 'job.restoring') {
      const tasks = job().tasks.filter((t) => t.container === e.container)
      let expected = 0
      for (const task of tasks) {
        const log = changelogPartition(world, job(), task)
        const offsets = log ? readWholeLog(log).map((r) => r.offset) : []
        const copy = e.reopened.find((c) => c.task === task.name)
        // With a copy: the records after its OFFSET; without one: the whole changelog.
        expected += copy ? offsets.filter((o) => o > copy.offset).length : offsets.length
      }
      expect(e.records).toBe(expected)
      if (!affinity || lostHost.has(e.container)) {
        expect(e.reopened).toEqual([])
        expect(e.records).toBe(e.wholeChangelog)
      }
      lostHost.delete(e.container)
    }
    if (e.type === 'job.restored') {
      for (const [i, task] of job().tasks.entries()) {
        if (task.container !== e.container) continue
        expect(sortedEntries(task.store, world.keyTable)).toEqual(fullRestore(world, i))
      }
    }
  })
  return { world, stores: snapshotJob(world, job()).tasks.map((t) => t.store) }
}

test.prop([runArb], { numRuns: 60 })(
  'a restore replays the changelog after the reopened copy’s OFFSET, or all of it; the store is the same either way',
  (r) => {
    const on = checkedRun(scenario(r, true), true)
    const off = checkedRun(scenario(r, false), false)
    // Every host failure that ends with the job running: both runs end with the same counts.
    if (on.world.jobs.get('counter_1')?.containers.every((c) => c.status === 'running'))
      expect(on.stores).toEqual(off.stores)
  },
)
