import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldRows } from './foldRows'

describe('folding a long table', () => {
  it('shows a short table whole', () => {
    expect(foldRows([1, 2, 3], 3, () => false)).toEqual({ shown: [1, 2, 3], hidden: 0 })
  })

  it('shows the first rows, and beyond them only those kept, in order', () => {
    const rows = [1, 2, 3, 4, 5, 6, 7]
    expect(foldRows(rows, 2, (n) => n === 6 || n === 4)).toEqual({ shown: [1, 2, 4, 6], hidden: 3 })
  })

  it('keeps the first rows and every kept row, and counts the rest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 20 }),
        (rows, limit) => {
          const kept = (n: number): boolean => n === 7
          const { shown, hidden } = foldRows(rows, limit, kept)
          expect(shown.length + hidden).toBe(rows.length)
          expect(shown.slice(0, limit)).toEqual(rows.slice(0, limit))
          // Every kept row is shown, and nothing beyond the first rows but those.
          expect(shown.filter(kept).length).toBe(rows.filter(kept).length)
          expect(shown.slice(limit).every(kept)).toBe(true)
        },
      ),
    )
  })
})
