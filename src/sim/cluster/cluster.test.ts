/** Brokers, leaders and hosts: failures and recoveries as the engine runs them. */
import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from '../engine'
import type { SimEvent } from '../events'
import type { ScenarioAction } from '../simScenario'
import { snapshotWorld } from '../snapshot'
import { testConsumer, testJob, testProducer, testScenario, topic } from '../testScenario'
import { placeReplicas } from './placement'

function run(actions: ScenarioAction[], until = 20_000) {
  const s = testScenario({
    consumers: [
      testConsumer({ 'auto.offset.reset': 'earliest', pollIntervalMs: 2_000, startMs: 1_000 }),
    ],
    durationMs: 30_000,
    cluster: { brokers: 3, hosts: 2, containerRestartMs: 1_000 },
    topics: [topic('events', {}, 2, 2)],
    producers: [
      testProducer({ recordsPerSecond: 1, keys: { count: 2, prefix: 'k', pick: 'sequential' } }),
    ],
    jobs: [testJob()],
    actions,
  })
  const world = initialWorld(s)
  const events: SimEvent[] = []
  advanceWorld(world, s, until, (e) => events.push(e))
  return { world, events, snapshot: snapshotWorld(world) }
}

describe('replica placement', () => {
  it('spreads replicas and leaders, never two replicas of a partition on one broker', () => {
    const placed = placeReplicas(1, 3, 2, 3, () => true)
    expect(placed.map((r) => r.replicas)).toEqual([
      [1, 2],
      [2, 0],
      [0, 1],
    ])
    expect(placed.map((r) => r.leader)).toEqual([1, 2, 0])
  })
})

describe('broker failures', () => {
  it('moves leadership to the next in-sync replica, and back into the ISR on recovery', () => {
    // events-0 has replicas [0, 1]: broker 0 leads.
    const r = run([
      { type: 'broker.fail', at: 5_000, broker: 0 },
      { type: 'broker.recover', at: 10_000, broker: 0 },
    ])
    expect(r.events.filter((e) => e.type === 'leader.changed')[0]).toMatchObject({
      topic: 'events',
      partition: 0,
      from: 0,
      to: 1,
    })
    const p0 = r.snapshot.topics[0]?.partitions[0]
    expect(p0).toMatchObject({ leader: 1, isr: [0, 1] })
    // No record was lost: 21 views by t=20 s.
    expect(p0?.logEndOffset).toBe(21)
  })

  it('leaves a partition offline when no in-sync replica is up: writes fail and the job waits', () => {
    const r = run(
      [
        { type: 'broker.fail', at: 5_000, broker: 1 },
        { type: 'broker.fail', at: 6_000, broker: 0 },
        { type: 'broker.recover', at: 8_000, broker: 1 },
        { type: 'broker.recover', at: 12_000, broker: 0 },
      ],
      14_000,
    )
    const offline = r.events.find((e) => e.type === 'leader.changed' && e.to === null)
    expect(offline).toMatchObject({ partition: 0, from: 0 })
    // Broker 1 left the ISR first, so it cannot lead when it returns; broker 0 can.
    const back = r.events.filter(
      (e) => e.type === 'leader.changed' && e.topic === 'events' && e.from === null,
    )
    expect(back).toEqual([expect.objectContaining({ time: 12_000, to: 0 })])
    const rejected = r.events.filter(
      (e) => e.type === 'produce.rejected' && e.error === 'LEADER_NOT_AVAILABLE',
    )
    // Engine events run before actions at the same ms: the view at 6 s still got in, the one at 12 s not.
    expect(rejected.map((e) => e.time)).toEqual([7_000, 8_000, 9_000, 10_000, 11_000, 12_000])
    // The job caught up again after the partition came back.
    const task = r.snapshot.jobs[0]?.tasks[0]
    expect(task?.inputs[0]?.lag).toBe(0)
    expect(r.snapshot.topics[0]?.partitions[0]?.isr).toEqual([0, 1])
  })
})

describe('a consumer of an offline partition', () => {
  it('fails each poll with LEADER_NOT_AVAILABLE, keeps its position, and reads on once it is back', () => {
    const r = run(
      [
        { type: 'broker.fail', at: 5_000, broker: 1 },
        { type: 'broker.fail', at: 6_000, broker: 0 },
        { type: 'broker.recover', at: 12_000, broker: 0 },
      ],
      14_000,
    )
    const reads = r.events.filter(
      (e) => e.type === 'consumer.fetchFailed' || e.type === 'consumer.fetched',
    )
    // Polls every 2 s from 1 s; events-0 is offline from 6 s until broker 0 returns at 12 s.
    expect(reads.map((e) => [e.type, e.time])).toEqual([
      ['consumer.fetched', 1_000],
      ['consumer.fetched', 3_000],
      ['consumer.fetched', 5_000],
      ['consumer.fetchFailed', 7_000],
      ['consumer.fetchFailed', 9_000],
      ['consumer.fetchFailed', 11_000],
      ['consumer.fetched', 13_000],
    ])
    // The types were checked just above.
    const lastBefore = reads[2] as Extract<SimEvent, { type: 'consumer.fetched' }>
    const after = reads[6] as Extract<SimEvent, { type: 'consumer.fetched' }>
    expect(reads[3]).toMatchObject({
      error: 'LEADER_NOT_AVAILABLE',
      position: lastBefore.nextPosition,
    })
    expect(after.from).toBe(lastBefore.nextPosition)
    // The error clears with the first fetch that succeeds.
    expect(r.snapshot.consumers[0]?.lastError).toBeNull()
  })

  it('keeps the error in the snapshot while the partition stays offline', () => {
    const r = run(
      [
        { type: 'broker.fail', at: 5_000, broker: 1 },
        { type: 'broker.fail', at: 6_000, broker: 0 },
      ],
      10_000,
    )
    expect(r.snapshot.consumers[0]?.lastError).toBe(
      'LEADER_NOT_AVAILABLE: the partition is offline',
    )
  })
})

describe('host failures', () => {
  it('restarts the lost container on another host, which restores the store from the changelog', () => {
    const r = run([{ type: 'host.fail', at: 7_500, host: 0 }])
    const crash = r.events.find((e) => e.type === 'job.crashed')
    expect(crash).toMatchObject({ cause: 'host failure', host: 0 })
    const restores = r.events.filter((e) => e.type === 'job.restoring')
    expect(restores.at(-1)).toMatchObject({ host: 1, time: 8_500 })
    const store = Object.fromEntries(r.snapshot.jobs[0]?.tasks[0]?.store ?? [])
    expect(store).toEqual({ k0: '11', k1: '10' })
  })
})
