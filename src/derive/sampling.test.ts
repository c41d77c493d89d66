import { describe, expect, test } from 'vitest'
import { defaultScenario } from '../scenario/builtin'
import type { ReadonlyWorld } from '../sim'
import { createSampling, sampledNow, sampleTimes, type Sampler } from './sampling'

/** Every partition's log end offset at each sample. */
function logEnds(): Sampler<number[][]> {
  const times = sampleTimes(defaultScenario.durationMs)
  const ends: number[][] = []
  return {
    times,
    read(world: ReadonlyWorld) {
      ends.push([...world.topics.values()].flatMap((t) => t.partitions.map((p) => p.logEndOffset)))
    },
    finish: () => ends,
  }
}

describe('reading samples in slices', () => {
  test('one sample per slice gives the same value as reading them all at once', () => {
    const whole = sampledNow(createSampling(defaultScenario, logEnds()))
    const sliced = createSampling(defaultScenario, logEnds())
    const fractions: number[] = []
    let slices = 0
    while (sliced.advance(() => true) === null) {
      slices++
      fractions.push(sliced.fraction)
    }
    expect(sliced.value).toEqual(whole)
    expect(whole).toHaveLength(sampleTimes(defaultScenario.durationMs).length)
    // The last slice reads the last sample and finishes.
    expect(slices).toBe(whole.length - 1)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(whole.at(-1)?.some((end) => end > 0)).toBe(true)
  })

  test('a finished sampling keeps its value and reads nothing more', () => {
    const sampling = createSampling(defaultScenario, logEnds())
    const value = sampledNow(sampling)
    expect(sampling.advance(() => true)).toBe(value)
    expect(sampling.fraction).toBe(1)
  })
})
