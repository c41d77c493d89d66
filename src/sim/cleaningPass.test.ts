import { describe, expect, it } from 'vitest'
import { passDurationMs } from './cleaningPass'
import { advanceWorld, initialWorld } from './engine'
import type { SimEvent } from './events'
import { BROKER_CONFIG_DEFAULTS, withOverrides } from './log/config'
import type { ScenarioAction, SimScenario } from './simScenario'
import { snapshotWorld } from './snapshot'
import type { PartitionSnapshot } from './snapshot'
import { testScenario, topic } from './testScenario'

function run(scenario: SimScenario, until = scenario.durationMs) {
  const events: SimEvent[] = []
  const world = initialWorld(scenario)
  advanceWorld(world, scenario, until, (e) => events.push(e))
  return { world, events, snapshot: snapshotWorld(world) }
}

const put = (at: number, key: string, value: string | null): ScenarioAction => ({
  type: 'produce',
  at,
  topic: 'table',
  partition: 0,
  records: [{ key, value }],
})

/** Six records in segments of two: k0 and k1 written three times, the active segment [6, …). */
const sixRecords = [
  put(0, 'k0', 'a'),
  put(0, 'k1', 'a'),
  put(0, 'k0', 'b'),
  put(0, 'k1', 'b'),
  put(0, 'k0', 'c'),
  put(0, 'k1', null),
  put(0, 'k2', 'a'),
]

function scenarioWith(actions: readonly ScenarioAction[], bytesPerSecond = Number.MAX_VALUE) {
  return testScenario({
    periodicMaintenance: false,
    broker: withOverrides(BROKER_CONFIG_DEFAULTS, {
      'log.cleaner.io.max.bytes.per.second': bytesPerSecond,
    }),
    topics: [
      topic('table', {
        'cleanup.policy': 'compact',
        'segment.bytes': 2,
        'delete.retention.ms': 10_000,
      }),
    ],
    actions,
  })
}

function partition(snapshot: ReturnType<typeof snapshotWorld>): PartitionSnapshot {
  const found = snapshot.topics[0]?.partitions[0]
  if (!found) throw new Error('no partition')
  return found
}

const offsets = (p: PartitionSnapshot) => p.segments.flatMap((s) => s.records.map((r) => r.offset))

describe('a cleaning pass that takes time', () => {
  it('takes the time its reads and writes need at the throttled rate, as Kafka’s throttler sleeps', () => {
    expect(passDurationMs(100, 10)).toBe(10_000)
    expect(passDurationMs(3, 2_000)).toBe(2)
    // Kafka's default, Double.MaxValue, never throttles.
    expect(passDurationMs(1e12, Number.MAX_VALUE)).toBe(0)
  })

  it('unthrottled, cleans at once as before', () => {
    const { events, snapshot } = run(scenarioWith([...sixRecords, { type: 'cleaner.run', at: 10 }]))
    const pass = events.find((e) => e.type === 'cleaner.pass')
    expect(pass?.time).toBe(10)
    expect(pass && 'startedAt' in pass).toBe(false)
    expect(events.some((e) => e.type === 'cleaner.passStarted')).toBe(false)
    expect(offsets(partition(snapshot))).toEqual([4, 5, 6])
  })

  it('throttled, leaves the log as it was until the pass ends, then applies what it found at its start', () => {
    // The pass reads the 6 dirty records for its map, reads 6 again to recopy them, writes 2: 14 units.
    const scenario = scenarioWith([...sixRecords, { type: 'cleaner.run', at: 10 }], 2)
    const started = run(scenario, 10)
    const begun = started.events.find((e) => e.type === 'cleaner.passStarted')
    expect(begun).toMatchObject({ ioBytes: 14, endsAt: 10 + 7_000, firstDirtyOffset: 0 })
    expect(offsets(partition(started.snapshot))).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(partition(started.snapshot).cleaning).toEqual({
      startedAt: 10,
      endsAt: 7_010,
      firstDirtyOffset: 0,
      firstUncleanableOffset: 6,
      forced: false,
    })
    const during = run(scenario, 7_009)
    expect(offsets(partition(during.snapshot))).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(partition(during.snapshot).cleanerCheckpoint).toBeNull()

    const ended = run(scenario, 7_010)
    const unthrottled = run(scenarioWith([...sixRecords, { type: 'cleaner.run', at: 10 }]), 10)
    expect(offsets(partition(ended.snapshot))).toEqual(offsets(partition(unthrottled.snapshot)))
    expect(partition(ended.snapshot).cleanerCheckpoint).toBe(6)
    expect(partition(ended.snapshot).cleaning).toBeUndefined()
    const pass = ended.events.find((e) => e.type === 'cleaner.pass')
    expect(pass).toMatchObject({ time: 7_010, startedAt: 10, recordsRemoved: 4 })
    // The tombstone's horizon counts from the pass's start, as Kafka stamps it.
    const stamped = ended.events.find((e) => e.type === 'tombstone.stamped')
    expect(stamped).toMatchObject({ time: 7_010, offset: 5, deleteHorizonMs: 10 + 10_000 })
  })

  it('lets the log grow during the pass and leaves what was appended meanwhile alone', () => {
    const scenario = scenarioWith(
      [
        ...sixRecords,
        { type: 'cleaner.run', at: 10 },
        put(100, 'k0', 'd'),
        put(100, 'k0', 'e'),
        put(100, 'k2', 'b'),
      ],
      2,
    )
    const { snapshot } = run(scenario, 8_000)
    expect(offsets(partition(snapshot))).toEqual([4, 5, 6, 7, 8, 9])
    expect(partition(snapshot).logEndOffset).toBe(10)
  })

  it('refuses another cleaner run while the thread is busy, saying until when', () => {
    const scenario = scenarioWith(
      [...sixRecords, { type: 'cleaner.run', at: 10 }, { type: 'cleaner.run', at: 20 }],
      2,
    )
    const { snapshot } = run(scenario)
    expect(snapshot.refusedActions).toEqual([
      {
        time: 20,
        action: 'cleaner.run',
        actionIndex: 8,
        reason:
          'the cleaner thread is cleaning table-0 until t=7010 ms (log.cleaner.io.max.bytes.per.second throttles it)',
      },
    ])
  })

  it('in the periodic thread, waits for its pass to end before its next turn and its retention', () => {
    const scenario = testScenario({
      broker: withOverrides(BROKER_CONFIG_DEFAULTS, {
        'log.cleaner.io.max.bytes.per.second': 2,
        'log.cleaner.backoff.ms': 1_000,
      }),
      topics: [topic('table', { 'cleanup.policy': 'compact', 'segment.bytes': 2 })],
      actions: sixRecords.map((a) => ({ ...a, at: 500 })),
    })
    const { events } = run(scenario, 20_000)
    const started = events.filter((e) => e.type === 'cleaner.passStarted').map((e) => e.time)
    const ended = events.filter((e) => e.type === 'cleaner.pass').map((e) => e.time)
    const retention = events
      .filter((e) => e.type === 'retention.checked' && e.by === 'cleaner thread')
      .map((e) => e.time)
    expect(started).toEqual([1_000])
    expect(ended).toEqual([8_000])
    // No retention by the cleaner thread while it was busy; one right after its pass.
    expect(retention.filter((t) => t > 1_000 && t < 8_000)).toEqual([])
    expect(retention).toContain(8_000)
  })

  it('is abandoned when its topic is deleted meanwhile', () => {
    const scenario = scenarioWith(
      [
        ...sixRecords,
        { type: 'cleaner.run', at: 10 },
        { type: 'topic.delete', at: 20, topic: 'table' },
      ],
      2,
    )
    const { events, world } = run(scenario)
    expect(events.find((e) => e.type === 'cleaner.passAborted')).toMatchObject({
      time: 7_010,
      topic: 'table',
      reason: 'the topic was deleted during the pass',
    })
    expect(world.cleaning).toBeNull()
  })
})
