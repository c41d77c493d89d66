import { describe, expect, test } from 'vitest'
import { parseLesson } from '../format/parse'
import { testBranchedLessonDocument } from '../format/testLessonDocument'
import type { Query, Reader } from '../query/query'
import {
  branchOf,
  inBranch,
  QUERY_SHAPES,
  readingsOf,
  shapeOf,
  withReading,
  withShape,
} from './combined'

const count: Reader = { kind: 'recordCount', topic: 'profiles' }
const lag: Reader = { kind: 'jobLag', job: 'counter_1' }

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
      const query = withShape(count, shape, lag, true)
      expect(acceptedOverBranches(query), shape).toBe(true)
      expect(shapeOf(query), shape).toBe(shape)
    }
  })

  test('over two branches a second reading starts as the first one in the other branch', () => {
    const same = withShape(count, 'same', lag, true)
    expect(same).toEqual({ kind: 'same', a: count, b: { ...count, branch: 'b' } })
    const fromB = withShape(inBranch(count, 'b'), 'difference', lag, true)
    expect(readingsOf(fromB).map(branchOf)).toEqual(['b', 'a'])
  })

  test('over one scenario a second reading starts as a copy of the first, with no branch named', () => {
    const difference = withShape(count, 'difference', lag, false)
    expect(difference).toEqual({ kind: 'difference', of: count, minus: count })
  })

  test('changing the shape keeps the readings; back to one reading keeps the first', () => {
    const difference = withReading(withShape(count, 'difference', lag, false), 1, lag)
    const same = withShape(difference, 'same', count, false)
    expect(readingsOf(same)).toEqual([count, lag])
    expect(withShape(same, 'reading', lag, false)).toEqual(count)
    // The branches' divergence reads no world: the readings start again from the fallback.
    const parted = withShape(same, 'firstDivergence', lag, true)
    expect(readingsOf(parted)).toEqual([])
    expect(withShape(parted, 'same', lag, false)).toEqual({ kind: 'same', a: lag, b: lag })
  })

  test('a reading is replaced in its place; A is the branch left unnamed', () => {
    const same = withShape(count, 'same', lag, true)
    const changed = withReading(same, 0, inBranch(lag, 'b'))
    expect(readingsOf(changed)).toEqual([
      { ...lag, branch: 'b' },
      { ...count, branch: 'b' },
    ])
    expect(inBranch({ ...lag, branch: 'b' }, 'a')).toEqual(lag)
    expect(withReading(count, 1, lag)).toBe(count)
  })

  test('queries the app does not edit (all, tuple, nested) have no shape', () => {
    const tuple: Query = { kind: 'tuple', of: [count, lag] }
    const nested: Query = { kind: 'same', a: tuple, b: count }
    expect([tuple, nested].map(shapeOf)).toEqual([null, null])
    expect(readingsOf(nested)).toEqual([])
  })
})
