import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { densityPath } from './densityPath'

/** The drawn height of each column: where the outline's horizontal edges run above x = c + ½. */
function drawnHeights(d: string, columns: number, base: number): number[] {
  const edges: { from: number; to: number; y: number }[] = []
  let x = 0
  let y = base
  for (const [, command, value] of d.matchAll(/([MHVZ])([^MHVZ]*)/g)) {
    const numbers = (value ?? '').trim().split(/\s+/).filter(Boolean).map(Number)
    if (command === 'M') [x, y] = [numbers[0] ?? 0, numbers[1] ?? 0]
    if (command === 'V') y = numbers[0] ?? 0
    if (command === 'H') {
      const to = numbers[0] ?? 0
      edges.push({ from: x, to, y })
      x = to
    }
  }
  return Array.from({ length: columns }, (_, c) => {
    const edge = edges.find((e) => e.from <= c + 0.5 && c + 0.5 <= e.to)
    return edge === undefined ? 0 : base - edge.y
  })
}

describe('densityPath', () => {
  test('a full lane is one rectangle standing on the band bottom', () => {
    expect(densityPath([1, 1, 1], 10, 40)).toBe('M0 50V10H3V50Z')
  })

  test('an empty lane draws nothing', () => {
    expect(densityPath([0, 0, 0], 10, 40)).toBe('')
  })

  test('gaps come down to the band bottom and a lone record is still 2 px tall', () => {
    expect(drawnHeights(densityPath([0, 0.01, 0, 0.5], 0, 40), 4, 40)).toEqual([0, 2, 0, 20])
  })

  test('every column is drawn as tall as its share, to the half pixel, in one outline', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
          {
            maxLength: 60,
          },
        ),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 4, max: 60 }),
        (shares, top, height) => {
          const d = densityPath(shares, top, height)
          expect(d.match(/M/g)?.length ?? 0).toBeLessThanOrEqual(1)
          const drawn = drawnHeights(d, shares.length, top + height)
          shares.forEach((share, c) => {
            const h = drawn[c] ?? NaN
            if (share <= 0) expect(h).toBe(0)
            else expect(Math.abs(h - Math.max(2, share * height))).toBeLessThanOrEqual(0.25)
          })
        },
      ),
    )
  })
})
