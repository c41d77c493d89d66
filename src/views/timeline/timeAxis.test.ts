import { scaleLinear } from 'd3-scale'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { timeAxis } from './timeAxis'

describe('timeAxis', () => {
  it('puts the start at the left edge, the end at the right, and clamps beyond them', () => {
    const x = timeAxis(180_000, 8, 1_000)
    expect([x(0), x(90_000), x(180_000), x(-5), x(200_000)]).toEqual([8, 508, 1_008, 8, 1_008])
    expect([x.invert(8), x.invert(508), x.invert(0), x.invert(2_000)]).toEqual([
      0, 90_000, 0, 180_000,
    ])
  })

  it('draws and reads the time line as the clamped D3 linear scale it replaces', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 * 24 * 3_600_000 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 4_000 }),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        (duration, left, width, fraction) => {
          const d3 = scaleLinear()
            .domain([0, duration])
            .range([left, left + width])
            .clamp(true)
          const x = timeAxis(duration, left, width)
          const ms = fraction * duration
          const px = left + fraction * width
          expect(x(ms)).toBeCloseTo(d3(ms), 6)
          expect(x.invert(px) / duration).toBeCloseTo(d3.invert(px) / duration, 9)
        },
      ),
    )
  })
})
