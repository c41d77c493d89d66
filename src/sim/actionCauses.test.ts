/** What a scenario action caused: its events carry its index, refusals stay in the world. */
import { describe, expect, it } from 'vitest'
import { advanceThroughAction, advanceWorld, initialWorld } from './engine'
import type { SimEvent } from './events'
import type { SimScenario } from './simScenario'
import { snapshotWorld } from './snapshot'
import { testScenario, topic } from './testScenario'

const scenario: SimScenario = testScenario({
  periodicMaintenance: false,
  topics: [topic('events', { 'segment.bytes': 2 })],
  consumers: [
    {
      name: 'reader',
      topic: 'events',
      partition: 0,
      'auto.offset.reset': 'earliest',
      'max.poll.records': 500,
      pollIntervalMs: null,
      startMs: 0,
    },
  ],
  actions: [
    {
      type: 'produce',
      at: 10,
      topic: 'events',
      partition: 0,
      records: [
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
      ],
    },
    { type: 'produce', at: 10, topic: 'events', partition: 0, records: [{ key: 'a', value: '3' }] },
    { type: 'deleteRecords', at: 10, topic: 'events', partition: 0, offset: 1 },
    { type: 'consumer.fetch', at: 20, consumer: 'reader', maxRecords: null },
    { type: 'consumer.fetch', at: 20, consumer: 'nobody', maxRecords: null },
  ],
})

function eventsUpTo(until: number): SimEvent[] {
  const events: SimEvent[] = []
  advanceWorld(initialWorld(scenario), scenario, until, (e) => events.push(e))
  return events
}

describe('the scenario action behind an event', () => {
  it('is the index of the action whose run emitted it', () => {
    const tagged = eventsUpTo(20).map((e) => [e.type, e.actionIndex])
    expect(tagged).toEqual([
      ['record.appended', 0],
      ['record.appended', 0],
      ['segment.rolled', 1],
      ['record.appended', 1],
      ['records.deleted', 2],
      ['logStartOffset.advanced', 2],
      ['consumer.positioned', 3],
      ['consumer.fetched', 3],
      ['action.refused', 4],
    ])
  })

  it('is absent on the engine’s own events', () => {
    const withCleaner = testScenario({ ...scenario, periodicMaintenance: true })
    const events: SimEvent[] = []
    advanceWorld(initialWorld(withCleaner), withCleaner, 5_000, (e) => events.push(e))
    const own = events.filter((e) => e.type === 'retention.checked')
    expect(own.length).toBeGreaterThan(0)
    expect(own.every((e) => !('actionIndex' in e))).toBe(true)
  })

  it('delivers the fetched offsets, gaps included', () => {
    const fetched = eventsUpTo(20).find((e) => e.type === 'consumer.fetched')
    expect(fetched).toMatchObject({ offsets: [1, 2], firstOffset: 1, lastOffset: 2, count: 2 })
  })
})

describe('refused actions', () => {
  it('are in the world and its snapshot, with the action’s index and the reason', () => {
    const world = initialWorld(scenario)
    advanceWorld(world, scenario, 20, () => undefined)
    expect(snapshotWorld(world).refusedActions).toEqual([
      {
        time: 20,
        action: 'consumer.fetch',
        actionIndex: 4,
        reason: 'consumer nobody does not exist',
      },
    ])
  })
})

describe('advancing through one action', () => {
  it('stops right after it, before later actions at the same millisecond', () => {
    const world = initialWorld(scenario)
    expect(advanceThroughAction(world, scenario, 1, () => undefined)).toBe(true)
    expect(snapshotWorld(world).topics[0]?.partitions[0]?.logStartOffset).toBe(0)
    advanceThroughAction(world, scenario, 2, () => undefined)
    expect([world.now, snapshotWorld(world).topics[0]?.partitions[0]?.logStartOffset]).toEqual([
      10, 1,
    ])
    expect(advanceThroughAction(world, scenario, 5, () => undefined)).toBe(false)
  })
})
