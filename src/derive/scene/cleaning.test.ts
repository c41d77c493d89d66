import { describe, expect, test } from 'vitest'
import { sceneAt, timelineOf } from './testScene'

/** Six records in segments of two, cleaned at 1 s by a cleaner throttled to 2 units a second. */
const timeline = timelineOf({
  version: 3,
  durationMs: 20_000,
  periodicMaintenance: false,
  broker: { 'log.cleaner.io.max.bytes.per.second': 2 },
  topics: [{ name: 't', config: { 'cleanup.policy': 'compact', 'segment.bytes': 2 } }],
  actions: [
    ...['a', 'b', 'a', 'b', 'a', 'b', 'c'].map((key, i) => ({
      type: 'produce' as const,
      at: 0,
      topic: 't',
      records: [{ key, value: `v${String(i)}` }],
    })),
    { type: 'cleaner.run' as const, at: 1_000 },
  ],
})

describe('the scene of a throttled cleaning pass', () => {
  test('marks the lane being cleaned, with its range and end, only while the pass runs', () => {
    const during = sceneAt(timeline, 2_000).lanes[0]
    const marker = during?.markers.find((m) => m.kind === 'cleaning')
    // 6 read for the map, 6 recopied, 2 written: 14 units at 2 a second end the pass at 8 s.
    expect(marker?.label).toBe('cleaning 0–5 until 8 s')
    expect(during?.labels.some((l) => l.markerId === marker?.id)).toBe(true)
    const after = sceneAt(timeline, 8_000).lanes[0]
    expect(after?.markers.some((m) => m.kind === 'cleaning')).toBe(false)
    expect(after?.cleanerCheckpoint).toBe(6)
  })

  test('its label collides with no other label, at the desk and at presenter size', () => {
    for (const labelPx of [12, 22]) {
      const labels = sceneAt(timeline, 2_000, { labelPx }).lanes[0]?.labels ?? []
      for (const { box: a, markerId: idA } of labels) {
        for (const { box: b, markerId: idB } of labels) {
          if (idA === idB) continue
          const apart =
            a.x + a.width <= b.x ||
            b.x + b.width <= a.x ||
            a.y + a.height <= b.y ||
            b.y + b.height <= a.y
          expect(apart, `${idA} / ${idB}`).toBe(true)
        }
      }
    }
  })
})
