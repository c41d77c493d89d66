import { describe, expect, test } from 'vitest'
import { keyframeBytes } from './budget/keyframeMemory'
import type { Segment } from './log/segment'
import { createTimeline } from './timeline'
import type { World } from './world'
import { testProducer, testScenario, topic } from './testScenario'

const compactedStorm = testScenario({
  durationMs: 600_000,
  topics: [
    topic('t', { 'cleanup.policy': 'compact', 'segment.bytes': 1, 'min.cleanable.dirty.ratio': 0 }),
  ],
  producers: [
    testProducer({
      topic: 't',
      partition: null,
      stopMs: 600_000,
      keys: { count: 50, prefix: 'k', pick: 'uniform' },
    }),
  ],
  actions: Array.from({ length: 400 }, (_, i) => ({
    type: 'cleaner.run' as const,
    at: 1_000 + i * 1_000,
  })),
})

/** One partition, one segment that never rolls: every record lands in the same storage. */
const appendOnly = testScenario({
  durationMs: 600_000,
  topics: [topic('t', { 'segment.bytes': 1_000_000_000 })],
  producers: [testProducer({ topic: 't', partition: 0, stopMs: 600_000 })],
})

function lastSegment(world: World): Segment {
  const segments = world.topics.get('t')?.partitions[0]?.segments ?? []
  const last = segments.at(-1)
  if (last === undefined) throw new Error('no segment')
  return last
}

describe('keyframe memory', () => {
  test('keyframes after many cleaner passes stay under their bound and still seek exactly', () => {
    const maxKeyframeBytes = 256 * 1024
    const thinned = createTimeline(compactedStorm, {
      budget: { maxWork: 10_000_000, maxKeyframeBytes },
    })
    const unbounded = createTimeline(compactedStorm, {
      budget: { maxWork: 10_000_000, maxKeyframeBytes: Number.MAX_SAFE_INTEGER },
    })
    thinned.worldAt(compactedStorm.durationMs)
    unbounded.worldAt(compactedStorm.durationMs)
    expect(thinned.keyframeCount).toBeLessThan(unbounded.keyframeCount)
    for (const t of [0, 1_234, 200_000, 433_333, 600_000]) {
      expect(thinned.worldAt(t)).toEqual(unbounded.worldAt(t))
    }
  })

  test('storage shared by keyframes is counted once', () => {
    const timeline = createTimeline(compactedStorm)
    const world = timeline.worldAt(100_000)
    const counted = new Map<object, number>()
    const first = keyframeBytes(world, counted)
    expect(first).toBeGreaterThan(0)
    // The same storage again costs only its segment entries.
    const again = keyframeBytes(timeline.worldAt(100_000), counted)
    expect(again).toBeLessThan(first)
  })

  test('a keyframe counts only its own rows, not what the live world appends to shared storage', () => {
    const timeline = createTimeline(appendOnly)
    const keyframe = timeline.worldAt(10_000)
    const held = keyframeBytes(keyframe, new Map())
    // Playing on appends to the storage the keyframe's last segment shares with the live world
    // (growing its arrays); the keyframe still holds exactly what it held.
    const later = timeline.worldAt(600_000)
    expect(lastSegment(later).columns).toBe(lastSegment(keyframe).columns)
    expect(lastSegment(later).count).toBeGreaterThan(lastSegment(keyframe).count)
    expect(keyframeBytes(keyframe, new Map())).toBe(held)
    // Its 20 records cost less than the later world's 1,200 in the same storage (room reserved
    // for the segment up front is not the keyframe's either).
    expect(held).toBeLessThan(keyframeBytes(later, new Map()))
    // The later world's rows past the keyframe's count are all it adds beyond its own segment entry.
    const counted = new Map<object, number>()
    keyframeBytes(keyframe, counted)
    const added = keyframeBytes(later, counted)
    expect(added).toBeLessThan(keyframeBytes(later, new Map()))
    expect(added).toBeGreaterThan(0)
  })
})
