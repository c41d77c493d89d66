import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { formatVotes, tallyOf } from './tally'

describe("the class's tally", () => {
  test('counts each vote for its choice, and none when nobody voted', () => {
    expect(tallyOf([0, 2, 0, 0], 3)).toEqual([3, 0, 1])
    expect(tallyOf(undefined, 2)).toEqual([0, 0])
  })

  test('every vote for an existing choice is counted once, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 })),
        fc.integer({ min: 1, max: 9 }),
        (votes, n) => {
          const counts = tallyOf(votes, n)
          expect(counts).toHaveLength(n)
          expect(counts.reduce((a, b) => a + b, 0)).toBe(votes.filter((v) => v < n).length)
          expect(tallyOf([...votes].reverse(), n)).toEqual(counts)
        },
      ),
    )
  })

  test('says how many voted', () => {
    expect([formatVotes(0), formatVotes(1), formatVotes(12)]).toEqual([
      '0 votes',
      '1 vote',
      '12 votes',
    ])
  })
})
