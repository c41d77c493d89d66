import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from './engine'
import type { SimEvent } from './events'
import type { ScenarioAction, SimScenario } from './simScenario'
import { snapshotWorld } from './snapshot'
import { testConsumer, testScenario, topic } from './testScenario'

function run(scenario: SimScenario, until = scenario.durationMs) {
  const events: SimEvent[] = []
  const world = initialWorld(scenario)
  advanceWorld(world, scenario, until, (e) => events.push(e))
  return { world, events, snapshot: snapshotWorld(world) }
}

const produce = (
  at: number,
  key: string | null,
  value: string | null,
  t = 'events',
): ScenarioAction => ({
  type: 'produce',
  at,
  topic: t,
  partition: 0,
  records: [{ key, value }],
})

describe('the engine', () => {
  it('runs actions at the same time in the order they were written', () => {
    const scenario = testScenario({
      periodicMaintenance: false,
      topics: [topic('events', {})],
      actions: [produce(10, 'first', '1'), produce(10, 'second', '2'), produce(10, 'third', '3')],
    })
    const appended = run(scenario).events.flatMap((e) =>
      e.type === 'record.appended' ? [`${e.offset}:${String(e.key)}`] : [],
    )
    expect(appended).toEqual(['0:first', '1:second', '2:third'])
  })

  it("runs the engine's own events at a millisecond before that millisecond's scripted actions", () => {
    const scenario = testScenario({
      periodicMaintenance: false,
      topics: [topic('events', {})],
      producers: [
        {
          name: 'p',
          topic: 'events',
          partition: 0,
          recordsPerSecond: 1,
          startMs: 0,
          stopMs: 60_000,
          keys: null,
          values: { pattern: 'index', prefix: 'gen-' },
          tombstonePerMille: 0,
        },
      ],
      actions: [produce(1000, null, 'scripted')],
    })
    const values = run(scenario, 1000).events.flatMap((e) =>
      e.type === 'record.appended' ? [e.value] : [],
    )
    expect(values).toEqual(['gen-0', 'gen-1', 'scripted'])
  })

  it('starts the retention task after log.initial.task.delay.ms and repeats it every log.retention.check.interval.ms', () => {
    const scenario = testScenario({ durationMs: 12_000, topics: [topic('events', {})] })
    const checks = run(scenario).events.filter(
      (e) => e.type === 'retention.checked' && e.by === 'retention task',
    )
    expect(checks.map((e) => e.time)).toEqual([1_000, 6_000, 11_000])
  })

  it('lets the cleaner thread back off log.cleaner.backoff.ms when idle and loop at once after a pass', () => {
    const scenario = testScenario({
      durationMs: 5_000,
      topics: [topic('table', { 'cleanup.policy': 'compact', 'segment.bytes': 2 })],
      actions: [1, 2, 3].map((i) => produce(2_500, 'k', `${i}`, 'table')),
    })
    const cleanerEvents = run(scenario).events.filter(
      (e) =>
        e.type === 'cleaner.pass' || (e.type === 'retention.checked' && e.by === 'cleaner thread'),
    )
    expect(cleanerEvents.map((e) => `${e.time}:${e.type}`)).toEqual([
      '0:retention.checked',
      '2000:retention.checked',
      '4000:cleaner.pass',
      '4000:retention.checked',
      '4000:retention.checked',
    ])
  })

  it('runs no periodic pass with maintenance off, and scripted passes still run', () => {
    const scenario = testScenario({
      durationMs: 20_000,
      periodicMaintenance: false,
      topics: [topic('table', { 'cleanup.policy': 'compact', 'segment.bytes': 1 })],
      actions: [
        produce(1, 'k', '1', 'table'),
        produce(2, 'k', '2', 'table'),
        { type: 'cleaner.run', at: 3 },
      ],
    })
    const types = run(scenario).events.map((e) => e.type)
    expect(types.filter((t) => t === 'cleaner.pass')).toHaveLength(1)
    expect(types.filter((t) => t === 'retention.checked')).toHaveLength(1)
  })

  it('refuses an action that cannot apply, says why, and goes on', () => {
    const scenario = testScenario({
      periodicMaintenance: false,
      broker: { ...testScenario().broker, 'log.cleaner.enable': false },
      topics: [topic('events', {})],
      actions: [{ type: 'cleaner.run', at: 1 }, produce(2, 'k', 'v')],
    })
    const { events, snapshot } = run(scenario)
    expect(events[0]).toMatchObject({ type: 'action.refused', action: 'cleaner.run' })
    expect(snapshot.topics[0]?.partitions[0]?.logEndOffset).toBe(1)
  })
})

describe('consumers', () => {
  const base = (reset: 'earliest' | 'latest' | 'none'): SimScenario =>
    testScenario({
      periodicMaintenance: false,
      topics: [topic('events', { 'segment.bytes': 2 })],
      consumers: [testConsumer({ 'auto.offset.reset': reset })],
      actions: [
        ...[0, 1, 2, 3, 4].map((i) => produce(i, null, `${i}`)),
        { type: 'consumer.seek', at: 10, consumer: 'c', offset: 1 },
        { type: 'deleteRecords', at: 11, topic: 'events', partition: 0, offset: 3 },
        { type: 'consumer.fetch', at: 12, consumer: 'c', maxRecords: null },
      ],
    })

  it('with auto.offset.reset=earliest jump to the log start offset and never see what was deleted', () => {
    const { events, snapshot } = run(base('earliest'))
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'consumer.offsetOutOfRange',
        position: 1,
        newPosition: 3,
        skipped: 2,
      }),
    )
    expect(snapshot.consumers[0]).toMatchObject({ position: 5, lastError: null, received: 2 })
  })

  it('with latest skip to the log end offset', () => {
    const { snapshot } = run(base('latest'))
    expect(snapshot.consumers[0]).toMatchObject({ position: 5, received: 0 })
  })

  it('with none stop with OffsetOutOfRangeException and keep their position', () => {
    const { snapshot } = run(base('none'))
    expect(snapshot.consumers[0]?.position).toBe(1)
    expect(snapshot.consumers[0]?.lastError).toMatch(/^OffsetOutOfRangeException/)
  })

  it('with none and no position fail every poll with NoOffsetForPartitionException, reading nothing', () => {
    const scenario = base('none')
    const neverSeeked = {
      ...scenario,
      actions: [
        ...scenario.actions.filter((a) => a.type !== 'consumer.seek'),
        { type: 'consumer.fetch' as const, at: 13, consumer: 'c', maxRecords: null },
      ],
    }
    const { events, snapshot } = run(neverSeeked)
    const polls = events.filter((e) => e.type.startsWith('consumer.'))
    expect(polls.map((e) => [e.type, e.time])).toEqual([
      ['consumer.noOffset', 12],
      ['consumer.noOffset', 13],
    ])
    expect(snapshot.consumers[0]).toMatchObject({ position: null, received: 0 })
    expect(snapshot.consumers[0]?.lastError).toMatch(/^NoOffsetForPartitionException/)
  })
})
