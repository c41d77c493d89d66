import { describe, expect, test } from 'vitest'
import { defaultScenario } from '../scenario/builtin'
import { partitionSeries } from './series'

describe('partition series', () => {
  const series = partitionSeries(defaultScenario, 'user-profiles', 0)

  test('samples the whole scenario', () => {
    expect(series.times[0]).toBe(0)
    expect(series.times.at(-1)).toBe(defaultScenario.durationMs)
  })

  test('throughput is the producer rate on average', () => {
    const mean = series.throughput.slice(1).reduce((a, b) => a + b, 0) / (series.times.length - 1)
    expect(mean).toBeCloseTo(0.5, 1)
  })

  test('lag is never negative and is tracked per consumer of the partition', () => {
    const lag = series.lag.get('profile-reader')!
    expect(lag).toHaveLength(series.times.length)
    expect(lag.every((v) => v === null || v >= 0)).toBe(true)
    expect(partitionSeries(defaultScenario, 'page-views', 0).lag.size).toBe(0)
  })
})
