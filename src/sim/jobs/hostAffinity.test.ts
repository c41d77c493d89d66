/** Host affinity (samza-semantics.md §4.3–4.4): what a restart in place and a move restore. */
import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from '../engine'
import type { SimEvent } from '../events'
import { readWholeLog } from '../log/fetch'
import type { ScenarioAction, SimScenario } from '../simScenario'
import { testJob, testProducer, testScenario, topic } from '../testScenario'
import type { World } from '../world'
import { findPartition } from '../world'
import { sortedEntries } from './store'

type Restoring = Extract<SimEvent, { type: 'job.restoring' }>

function scenario(actions: ScenarioAction[], affinity = true, extra: Partial<SimScenario> = {}) {
  return testScenario({
    cluster: { brokers: 1, hosts: 2, containerRestartMs: 5_000 },
    topics: [topic('events', { 'retention.ms': 600_000 })],
    producers: [testProducer()],
    jobs: [testJob({ 'job.host-affinity.enabled': affinity })],
    actions,
    ...extra,
  })
}

/** Runs `s`, and at each restore's start notes the changelog's offsets as they were then. */
function run(s: SimScenario) {
  const world = initialWorld(s)
  const restores: { event: Restoring; changelogOffsets: number[]; storeAtEnd?: unknown }[] = []
  const mismatches: string[] = []
  advanceWorld(world, s, s.durationMs, (e) => {
    if (e.type === 'job.restoring') restores.push({ event: e, changelogOffsets: offsets(world) })
    if (e.type === 'job.restored') {
      const task = world.jobs.get('counter_1')?.tasks[0]
      const expected = JSON.stringify(foldChangelog(world))
      const actual = JSON.stringify(task ? sortedEntries(task.store, world.keyTable) : [])
      if (expected !== actual) mismatches.push(`${String(e.time)}: ${actual} ≠ ${expected}`)
    }
  })
  return { world, restores, mismatches }
}

function changelog(world: World) {
  const log = findPartition(world, 'counter-changelog', 0)
  if (!log) throw new Error('no changelog')
  return log
}

const offsets = (world: World) => readWholeLog(changelog(world)).map((r) => r.offset)

/** The changelog folded from its start, sorted by key: what a full restore gives. */
function foldChangelog(world: World): [string, string][] {
  const values = new Map<string, string | null>()
  for (const r of readWholeLog(changelog(world))) if (r.key !== null) values.set(r.key, r.value)
  return [...values]
    .filter((e): e is [string, string] => e[1] !== null)
    .sort(([a], [b]) => (a < b ? -1 : 1))
}

const crash = (at: number): ScenarioAction => ({
  type: 'job.crash',
  at,
  job: 'counter_1',
  container: 0,
})

describe('host affinity', () => {
  it('a container restarted in place reopens its store and replays only the changelog after its OFFSET', () => {
    const r = run(scenario([crash(10_500)]))
    const restart = r.restores.at(-1)
    expect(restart?.event).toMatchObject({ time: 15_500, host: 0 })
    const reopened = restart?.event.reopened[0]
    // The last commit before the crash (at 10 s) flushed the changelog up to its end.
    expect(reopened?.offset).toBe(Math.max(...(restart?.changelogOffsets ?? [])))
    const after = restart?.changelogOffsets.filter((o) => o > (reopened?.offset ?? 0)) ?? []
    expect(restart?.event.records).toBe(after.length)
    expect(restart?.event.wholeChangelog).toBe(restart?.changelogOffsets.length)
    expect(restart?.event.records).toBeLessThan(restart?.event.wholeChangelog ?? 0)
    expect(restart?.event.until).toBe(15_500 + Math.ceil((after.length * 1000) / 1_000))
    expect(r.mismatches).toEqual([])
  })

  it('without host affinity, the same restart replays the whole changelog', () => {
    const r = run(scenario([crash(10_500)], false))
    const restart = r.restores.at(-1)
    expect(restart?.event).toMatchObject({ time: 15_500, host: 0, reopened: [] })
    expect(restart?.event.records).toBe(restart?.changelogOffsets.length)
    expect(restart?.event.records).toBeGreaterThan(0)
    expect(r.mismatches).toEqual([])
  })

  it('a host failure loses the local copy: the moved container replays the whole changelog', () => {
    const r = run(scenario([{ type: 'host.fail', at: 10_500, host: 0 }]))
    const move = r.restores.at(-1)
    expect(move?.event).toMatchObject({ time: 15_500, host: 1, reopened: [] })
    expect(move?.event.records).toBe(move?.changelogOffsets.length)
    expect(r.world.hosts[0]?.localStores.size).toBe(0)
    // Its new host now keeps the store it commits there.
    expect(r.world.hosts[1]?.localStores.size).toBe(1)
    expect(r.mismatches).toEqual([])
  })

  it('a host back before the restart gets its container again, but with an empty disk: a full restore', () => {
    const r = run(
      scenario([
        { type: 'host.fail', at: 10_500, host: 0 },
        { type: 'host.recover', at: 12_000, host: 0 },
      ]),
    )
    const back = r.restores.at(-1)
    expect(back?.event).toMatchObject({ time: 15_500, host: 0, reopened: [] })
    expect(back?.event.records).toBe(back?.changelogOffsets.length)
    expect(r.mismatches).toEqual([])
  })

  it('goes back to an older copy and replays the changelog written since, when the job is scaled back', () => {
    // Two input partitions; one container, then two (Partition 1 moves to host 1), then one again.
    const s = scenario(
      [
        { type: 'job.stop', at: 8_500, job: 'counter_1' },
        { type: 'job.start', at: 9_000, job: 'counter_1', set: { 'job.container.count': 2 } },
        { type: 'job.stop', at: 20_500, job: 'counter_1' },
        { type: 'job.start', at: 21_000, job: 'counter_1', set: {} },
      ],
      true,
      {
        topics: [topic('events', { 'retention.ms': 600_000 }, 2)],
        producers: [testProducer({ partition: null })],
      },
    )
    const world = initialWorld(s)
    const events: Restoring[] = []
    const changelogAt = new Map<number, number[]>()
    advanceWorld(world, s, s.durationMs, (e) => {
      if (e.type !== 'job.restoring') return
      events.push(e)
      const log = findPartition(world, 'counter-changelog', 1)
      changelogAt.set(e.time, log ? readWholeLog(log).map((r) => r.offset) : [])
    })
    const moved = events.find((e) => e.time === 9_000 && e.container === 1)
    expect(moved).toMatchObject({ host: 1, reopened: [] })
    const back = events.find((e) => e.time === 21_000)
    const partition1 = back?.reopened.find((c) => c.task === 'Partition 1')
    // Host 0 still has Partition 1's store from before 8.5 s: older than the changelog's end.
    const tail = (changelogAt.get(21_000) ?? []).filter((o) => o > (partition1?.offset ?? -1))
    expect(partition1).toBeDefined()
    expect(tail.length).toBeGreaterThan(0)
    const partition0 = back?.reopened.find((c) => c.task === 'Partition 0')
    expect(partition0).toBeDefined()
    expect(back?.records).toBe(tail.length)
  })

  it('a copy older than the changelog’s delete.retention.ms is stale and not reopened', () => {
    const actions: ScenarioAction[] = [
      { type: 'job.stop', at: 10_500, job: 'counter_1' },
      { type: 'job.start', at: 20_000, job: 'counter_1', set: {} },
    ]
    const stale = (retention: number) =>
      run(
        scenario(actions, true, {
          jobs: [
            testJob({
              'job.host-affinity.enabled': true,
              changelogConfig: { 'min.compaction.lag.ms': 0, 'delete.retention.ms': retention },
            }),
          ],
        }),
      ).restores.at(-1)?.event.reopened
    expect(stale(10_000)).toEqual([])
    expect(stale(10_001)).toHaveLength(1)
  })
})
