import { describe, expect, test } from 'vitest'
import { parseLesson } from '../format/parse'
import { testBranchedLessonDocument } from '../format/testLessonDocument'
import type { Query, Reader } from '../query/query'
import {
  branchOf,
  conditionOf,
  hasSeveralReadings,
  inBranch,
  QUERY_SHAPES,
  readingsOf,
  shapeOf,
  withCondition,
  withReading,
  withReadingAdded,
  withReadingRemoved,
  withShape,
} from './combined'

const count: Reader = { kind: 'recordCount', topic: 'profiles' }
const lag: Reader = { kind: 'jobLag', job: 'counter_1' }
/** What a new reading of an `all` must hold (in the app: its value at the cursor). */
const holds = (reader: Reader) => ({ equals: reader.kind === 'jobLag' ? 0 : true })

/** Whether a lesson over two branches accepts `query` as its first step's answer. */
function acceptedOverBranches(query: Query): boolean {
  const document = testBranchedLessonDocument()
  const [first, second] = document.steps
  return parseLesson({
    ...document,
    steps: [{ ...first!, predict: { ...first!.predict!, query } }, second!],
  }).ok
}

describe('combined queries written in the app', () => {
  test('every shape made from a reading is one the lesson format accepts, and reads back as that shape', () => {
    for (const { shape } of QUERY_SHAPES) {
      const query = withShape(count, shape, lag, true, holds)
      expect(acceptedOverBranches(query), shape).toBe(true)
      expect(shapeOf(query), shape).toBe(shape)
    }
  })

  test('over two branches a second reading starts as the first one in the other branch', () => {
    const same = withShape(count, 'same', lag, true, holds)
    expect(same).toEqual({ kind: 'same', a: count, b: { ...count, branch: 'b' } })
    const fromB = withShape(inBranch(count, 'b'), 'difference', lag, true, holds)
    expect(readingsOf(fromB).map(branchOf)).toEqual(['b', 'a'])
  })

  test('over one scenario a second reading starts as a copy of the first, with no branch named', () => {
    const difference = withShape(count, 'difference', lag, false, holds)
    expect(difference).toEqual({ kind: 'difference', of: count, minus: count })
  })

  test('changing the shape keeps the readings; back to one reading keeps the first', () => {
    const difference = withReading(withShape(count, 'difference', lag, false, holds), 1, lag)
    const same = withShape(difference, 'same', count, false, holds)
    expect(readingsOf(same)).toEqual([count, lag])
    expect(withShape(same, 'reading', lag, false, holds)).toEqual(count)
    // The branches' divergence reads no world: the readings start again from the fallback.
    const parted = withShape(same, 'firstDivergence', lag, true, holds)
    expect(readingsOf(parted)).toEqual([])
    expect(withShape(parted, 'same', lag, false, holds)).toEqual({ kind: 'same', a: lag, b: lag })
  })

  test('a reading is replaced in its place; A is the branch left unnamed', () => {
    const same = withShape(count, 'same', lag, true, holds)
    const changed = withReading(same, 0, inBranch(lag, 'b'))
    expect(readingsOf(changed)).toEqual([
      { ...lag, branch: 'b' },
      { ...count, branch: 'b' },
    ])
    expect(inBranch({ ...lag, branch: 'b' }, 'a')).toEqual(lag)
    expect(withReading(count, 1, lag)).toBe(count)
  })

  test('several readings: kept through a change of shape, added and removed, never below two', () => {
    const tuple = withReadingAdded(withShape(count, 'tuple', lag, false, holds), lag, {})
    expect(readingsOf(tuple)).toEqual([count, count, lag])
    // To `all`: each reading starts holding its value at the cursor; back, the readings stay.
    const all = withShape(tuple, 'all', lag, false, holds)
    expect(all).toEqual({
      kind: 'all',
      of: [
        { query: count, equals: true },
        { query: count, equals: true },
        { query: lag, equals: 0 },
      ],
    })
    expect(withShape(all, 'tuple', lag, false, holds)).toEqual(tuple)
    const fewer = withReadingRemoved(all, 0)
    expect(readingsOf(fewer)).toEqual([count, lag])
    expect(withReadingRemoved(fewer, 0)).toBe(fewer)
    expect(hasSeveralReadings(fewer)).toBe(true)
    expect(hasSeveralReadings(withShape(fewer, 'same', lag, false, holds))).toBe(false)
  })

  test("an `all` reading's condition is changed in its place and kept when the reading changes", () => {
    const all = withShape(count, 'all', lag, false, holds)
    const changed = withReading(withCondition(all, 1, { atLeast: 2 }), 1, lag)
    expect([conditionOf(changed, 0), conditionOf(changed, 1)]).toEqual([
      { equals: true },
      { atLeast: 2 },
    ])
    expect(readingsOf(changed)).toEqual([count, lag])
    expect(conditionOf(count, 0)).toBeUndefined()
    expect(withCondition(count, 0, { equals: 1 })).toBe(count)
  })

  test('queries with combined parts (nested ones) have no shape', () => {
    const tuple: Query = { kind: 'tuple', of: [count, lag] }
    const nested: Query = { kind: 'same', a: tuple, b: count }
    const nestedAll: Query = { kind: 'all', of: [{ query: nested, equals: true }] }
    expect([tuple, nested, nestedAll].map(shapeOf)).toEqual(['tuple', null, null])
    expect(readingsOf(nested)).toEqual([])
  })
})
