import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from './engine'
import type { SimEvent } from './events'
import { narrate } from './narration'
import { scenarioArb } from './testScenario'

describe('narration', () => {
  it('tells every event in one plain sentence, with no undefined or NaN in it', () => {
    const seenTypes = new Set<SimEvent['type']>()
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        advanceWorld(initialWorld(scenario), scenario, scenario.durationMs, (event) => {
          seenTypes.add(event.type)
          const sentence = narrate(event)
          expect(sentence).toMatch(/^\S.*\.$/s)
          expect(sentence).not.toMatch(/undefined|NaN|\[object/)
        })
      }),
      { numRuns: 40 },
    )
    // The generated scenarios exercise most of the vocabulary.
    expect(seenTypes.size).toBeGreaterThanOrEqual(12)
  })

  it('says a consumer with no position and auto.offset.reset=none fails and reads nothing', () => {
    const sentence = narrate({
      type: 'consumer.noOffset',
      time: 5,
      topic: 't',
      partition: 0,
      consumer: 'audit',
    })
    expect(sentence).toMatch(/^Consumer audit has no position and auto\.offset\.reset=none/)
    expect(sentence).toMatch(/NoOffsetForPartitionException and reads nothing/)
  })

  it('says a consumer of an offline partition gets LEADER_NOT_AVAILABLE and keeps its position', () => {
    const at = { time: 5, topic: 't', partition: 0, consumer: 'audit' } as const
    const failed = { ...at, type: 'consumer.fetchFailed', error: 'LEADER_NOT_AVAILABLE' } as const
    expect(narrate({ ...failed, position: 7 })).toBe(
      'Consumer audit could not read t-0: the partition is offline (no leader: LEADER_NOT_AVAILABLE), so its poll returns nothing from it and its position stays at 7; it tries again at its next poll.',
    )
    expect(narrate({ ...failed, position: null })).toMatch(/its position stays unset; it/)
  })

  it('tells an out-of-range single request and its reset as two steps', () => {
    const at = { time: 5, topic: 't', partition: 0, consumer: 'slow', position: 2 }
    expect(
      narrate({
        type: 'consumer.offsetOutOfRange',
        ...at,
        reset: 'earliest',
        newPosition: null,
        skipped: 0,
        awaitingReset: true,
      }),
    ).toBe(
      "Consumer slow's Fetch for offset 2 got OFFSET_OUT_OF_RANGE; it marks the partition for reset, and its next request asks for the earliest offset (auto.offset.reset=earliest).",
    )
    expect(
      narrate({
        type: 'consumer.offsetReset',
        ...at,
        reset: 'earliest',
        newPosition: 6,
        skipped: 4,
      }),
    ).toBe(
      'Consumer slow asked the broker for the earliest offset (ListOffsets) and moved from 2 to 6, so 4 offsets will never be delivered to it.',
    )
  })

  it('names the tombstone, the offset and the horizon', () => {
    expect(
      narrate({
        type: 'tombstone.stamped',
        time: 5,
        topic: 't',
        partition: 0,
        offset: 7,
        key: 'user-1',
        deleteHorizonMs: 60_005,
      }),
    ).toBe(
      'The cleaner kept the tombstone for "\u2068user-1\u2069" at offset 7 and stamped its delete horizon: it can go at the first pass from t=60005 ms.',
    )
  })

  it("keeps a key's right-to-left override inside the key and shows its invisible characters", () => {
    const sentence = narrate({
      type: 'record.appended',
      time: 0,
      topic: 't',
      partition: 0,
      offset: 3,
      batchBaseOffset: 3,
      key: 'ab\u202Ecd\u200B',
      value: 'v',
      timestamp: 0,
      producer: null,
    })
    expect(sentence).toBe(
      'A record for key "\u2068ab\u202Ecd⟨U+200B⟩\u2069" was appended to t-0 at offset 3.',
    )
  })
})
