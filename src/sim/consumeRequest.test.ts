import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from './engine'
import type { SimEvent } from './events'
import type { AutoOffsetReset, ScenarioAction, SimScenario } from './simScenario'
import { snapshotWorld } from './snapshot'
import { testConsumer, testScenario, topic } from './testScenario'

/** Five records in segments of two ([0, 1], [2, 3], [4]), then offsets below 3 deleted. */
function scenario(reset: AutoOffsetReset, reads: readonly ScenarioAction[]): SimScenario {
  return testScenario({
    periodicMaintenance: false,
    topics: [topic('events', { 'segment.bytes': 2 })],
    consumers: [testConsumer({ 'auto.offset.reset': reset })],
    actions: [
      ...[0, 1, 2, 3, 4].map((i): ScenarioAction => ({
        type: 'produce',
        at: i,
        topic: 'events',
        partition: 0,
        records: [{ key: null, value: `${i}` }],
      })),
      { type: 'consumer.seek', at: 10, consumer: 'c', offset: 1 },
      { type: 'deleteRecords', at: 11, topic: 'events', partition: 0, offset: 3 },
      ...reads,
    ],
  })
}

const request = (at: number): ScenarioAction => ({
  type: 'consumer.fetch',
  at,
  consumer: 'c',
  maxRecords: null,
  singleRequest: true,
})
const poll = (at: number): ScenarioAction => ({
  type: 'consumer.fetch',
  at,
  consumer: 'c',
  maxRecords: null,
})

/** The consumer's events and its snapshot after each of `times`. */
function runUntil(s: SimScenario, times: readonly number[]) {
  const events: SimEvent[] = []
  const world = initialWorld(s)
  return times.map((time) => {
    const from = events.length
    advanceWorld(world, s, time, (e) => events.push(e))
    return {
      events: events.slice(from).filter((e) => e.type.startsWith('consumer.')),
      consumer: snapshotWorld(world).consumers[0],
    }
  })
}

describe('a consumer fetch as one request', () => {
  it('with earliest gets OFFSET_OUT_OF_RANGE and only marks the reset; the next request resets; the one after reads one segment', () => {
    const [, error, reset, read, next] = runUntil(
      scenario('earliest', [request(12), request(13), request(14), request(15)]),
      [11, 12, 13, 14, 15],
    )
    expect(error?.events).toEqual([
      expect.objectContaining({
        type: 'consumer.offsetOutOfRange',
        position: 1,
        newPosition: null,
        awaitingReset: true,
      }),
    ])
    expect(error?.consumer).toMatchObject({ position: 1, awaitingReset: true, lastError: null })
    expect(reset?.events).toEqual([
      expect.objectContaining({
        type: 'consumer.offsetReset',
        position: 1,
        reset: 'earliest',
        newPosition: 3,
        skipped: 2,
      }),
    ])
    expect(reset?.consumer).toMatchObject({ position: 3, received: 0 })
    expect(reset?.consumer).not.toHaveProperty('awaitingReset')
    // Offset 3 is the last of segment [2, 3]: one response stops there, offset 4 needs another.
    expect(read?.events).toEqual([
      expect.objectContaining({ type: 'consumer.fetched', offsets: [3], nextPosition: 4 }),
    ])
    expect(next?.events).toEqual([
      expect.objectContaining({ type: 'consumer.fetched', offsets: [4], nextPosition: 5 }),
    ])
  })

  it('with latest resets to the log end offset in its second step', () => {
    const [, reset] = runUntil(scenario('latest', [request(12), request(13)]), [12, 13])
    expect(reset?.events).toEqual([
      expect.objectContaining({ type: 'consumer.offsetReset', newPosition: 5, skipped: 4 }),
    ])
  })

  it('with none raises OffsetOutOfRangeException as a poll does, marking nothing', () => {
    const [single] = runUntil(scenario('none', [request(12)]), [12])
    const [polled] = runUntil(scenario('none', [poll(12)]), [12])
    expect(single?.consumer).toEqual(polled?.consumer)
    expect(single?.consumer?.lastError).toMatch(/^OffsetOutOfRangeException/)
    expect(single?.events.map(({ actionIndex, ...e }) => e)).toEqual(
      polled?.events.map(({ actionIndex, ...e }) => e),
    )
  })

  it('a whole poll is the same requests chained: error, reset and reads in one call', () => {
    const [polled] = runUntil(scenario('earliest', [poll(12)]), [12])
    const [, , , stepped] = runUntil(
      scenario('earliest', [request(12), request(12), request(12), request(12)]),
      [12, 12, 12, 12],
    )
    expect(polled?.consumer).toEqual(stepped?.consumer)
    expect(polled?.consumer).toMatchObject({ position: 5, received: 2 })
  })

  it('a poll after a marked reset does the reset first, then reads', () => {
    const [, polled] = runUntil(scenario('earliest', [request(12), poll(13)]), [12, 13])
    expect(polled?.events.map((e) => e.type)).toEqual(['consumer.offsetReset', 'consumer.fetched'])
    expect(polled?.consumer).toMatchObject({ position: 5, received: 2 })
  })

  it('a seek replaces a marked reset', () => {
    const seek: ScenarioAction = { type: 'consumer.seek', at: 13, consumer: 'c', offset: 4 }
    const [, sought] = runUntil(scenario('earliest', [request(12), seek, request(14)]), [13, 14])
    expect(sought?.events).toEqual([
      expect.objectContaining({ type: 'consumer.fetched', from: 4, offsets: [4] }),
    ])
  })

  it('without a position is the ListOffsets that places the consumer, reading nothing', () => {
    const s = scenario('earliest', [])
    const fresh = {
      ...s,
      actions: [...s.actions.filter((a) => a.type !== 'consumer.seek'), request(12)],
    }
    const [placed] = runUntil(fresh, [12])
    expect(placed?.events).toEqual([
      expect.objectContaining({
        type: 'consumer.positioned',
        position: 3,
        cause: 'no committed offset',
      }),
    ])
    expect(placed?.consumer).toMatchObject({ position: 3, received: 0 })
  })
})
