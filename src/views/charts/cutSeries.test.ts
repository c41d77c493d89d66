import { describe, expect, test } from 'vitest'
import { cutSeries } from './cutSeries'

describe('a chart drawn only up to the cursor', () => {
  test('values sampled after the cut are left out, earlier ones kept as they are', () => {
    const times = [0, 1_000, 2_000, 3_000]
    const series = [{ name: 'lag', values: [0, 5, null, 9], className: 'chart__line--0' }]
    expect(cutSeries(times, series, 1_500)).toEqual([
      { name: 'lag', values: [0, 5, null, null], className: 'chart__line--0' },
    ])
    expect(cutSeries(times, series, 3_000)).toEqual(series)
  })
})
