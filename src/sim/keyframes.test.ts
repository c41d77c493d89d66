import { describe, expect, test } from 'vitest'
import { keyframeBytes } from './budget/keyframeMemory'
import { createTimeline } from './timeline'
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
    const seen = new Set<object>()
    const first = keyframeBytes(world, seen)
    expect(first).toBeGreaterThan(0)
    // The same storage again costs only its segment entries.
    const again = keyframeBytes(timeline.worldAt(100_000), seen)
    expect(again).toBeLessThan(first)
  })
})
