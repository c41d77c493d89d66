import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from './engine'
import type { SimEvent } from './events'
import type { AutoOffsetReset, ScenarioAction } from './simScenario'
import { snapshotWorld } from './snapshot'
import { testConsumer, testScenario, topic } from './testScenario'

/** Records 0–4 on events-0, offsets below 3 deleted at 11; consumer `c` (latest) read them all at 10. */
function runWith(actions: readonly ScenarioAction[], until = 100) {
  const s = testScenario({
    periodicMaintenance: false,
    topics: [topic('events', {})],
    consumers: [testConsumer({ 'auto.offset.reset': 'latest' })],
    actions: [
      {
        type: 'produce',
        at: 0,
        topic: 'events',
        partition: 0,
        records: [0, 1, 2, 3, 4].map((i) => ({ key: null, value: `${i}` })),
      },
      { type: 'consumer.seek', at: 10, consumer: 'c', offset: 0 },
      { type: 'consumer.fetch', at: 10, consumer: 'c', maxRecords: null },
      { type: 'deleteRecords', at: 11, topic: 'events', partition: 0, offset: 3 },
      ...actions,
    ],
  })
  const events: SimEvent[] = []
  const world = initialWorld(s)
  advanceWorld(world, s, until, (e) => events.push(e))
  return { events, consumer: snapshotWorld(world).consumers[0] }
}

const restart = (at: number, reset?: AutoOffsetReset): ScenarioAction => ({
  type: 'consumer.restart',
  at,
  consumer: 'c',
  set: reset === undefined ? {} : { 'auto.offset.reset': reset },
})
const poll: ScenarioAction = { type: 'consumer.fetch', at: 30, consumer: 'c', maxRecords: null }

describe('a consumer restart', () => {
  it('starts a new instance with no position, running the setting it was given', () => {
    const { events, consumer } = runWith([restart(20, 'earliest')], 20)
    expect(consumer).toMatchObject({ position: null, received: 5, lastError: null })
    expect(consumer?.changedSettings).toEqual(['auto.offset.reset=earliest'])
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'consumer.restarted', autoOffsetReset: 'earliest' }),
    )
  })

  it('its first poll starts where its new auto.offset.reset says', () => {
    const earliest = runWith([restart(20, 'earliest'), poll]).consumer
    expect(earliest).toMatchObject({ position: 5, received: 5 + 2 })
    const none = runWith([restart(20, 'none'), poll]).consumer
    expect(none?.position).toBeNull()
    expect(none?.lastError).toMatch(/^NoOffsetForPartitionException/)
  })

  it('with a stale offset sought after it (a committed offset retention passed), the new setting decides', () => {
    const stale: ScenarioAction = { type: 'consumer.seek', at: 21, consumer: 'c', offset: 1 }
    const { events } = runWith([restart(20, 'earliest'), stale, poll])
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'consumer.offsetOutOfRange',
        reset: 'earliest',
        newPosition: 3,
        skipped: 2,
      }),
    )
  })

  it("runs the declared setting plus its own change: an earlier restart's change does not stick", () => {
    const { consumer, events } = runWith([restart(20, 'earliest'), restart(25)], 25)
    expect(consumer).not.toHaveProperty('changedSettings')
    expect(events.filter((e) => e.type === 'consumer.restarted').at(-1)).toMatchObject({
      autoOffsetReset: 'latest',
    })
  })

  it('drops a reset an out-of-range single request had marked', () => {
    const request: ScenarioAction = {
      type: 'consumer.fetch',
      at: 15,
      consumer: 'c',
      maxRecords: null,
      singleRequest: true,
    }
    const stale: ScenarioAction = { type: 'consumer.seek', at: 14, consumer: 'c', offset: 1 }
    expect(runWith([stale, request], 15).consumer?.awaitingReset).toBe(true)
    expect(runWith([stale, request, restart(20)], 20).consumer).not.toHaveProperty('awaitingReset')
  })
})
