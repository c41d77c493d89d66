import { describe, expect, test } from 'vitest'
import { parseLesson } from './format/parse'
import { testBranchedLessonDocument, testLessonDocument } from './format/testLessonDocument'
import { evaluateQuery } from './query/evaluate'
import type { Query } from './query/query'
import { lessonWorlds, ownTimelines } from './worlds'

function lessonOf(document: unknown) {
  const result = parseLesson(document)
  if (!result.ok) throw new Error('the test lesson should parse')
  return result.value
}

// Branch A runs the cleaner at 6 s; branch B ("no cleaning") does not.
const worldsAt = lessonWorlds(lessonOf(testBranchedLessonDocument()), ownTimelines())
const firstOffset = { kind: 'offsetInLog', topic: 'profiles', partition: 0, offset: 0 } as const

describe('queries over two branches', () => {
  test('a reader reads branch A unless it names B', () => {
    const worlds = worldsAt(7_000)
    expect(evaluateQuery(firstOffset, worlds)).toBe(false)
    expect(evaluateQuery({ ...firstOffset, branch: 'a' }, worlds)).toBe(false)
    expect(evaluateQuery({ ...firstOffset, branch: 'b' }, worlds)).toBe(true)
  })

  test('a combinator compares the two branches', () => {
    const sameLog: Query = {
      kind: 'same',
      a: { kind: 'recordCount', topic: 'profiles' },
      b: { kind: 'recordCount', topic: 'profiles', branch: 'b' },
    }
    expect(evaluateQuery(sameLog, worldsAt(5_999))).toBe(true)
    expect(evaluateQuery(sameLog, worldsAt(7_000))).toBe(false)
  })

  test('the first divergence is the time the runs part, once it has happened', () => {
    const divergence: Query = { kind: 'firstDivergence' }
    expect(evaluateQuery(divergence, worldsAt(5_500))).toBeNull()
    expect(evaluateQuery(divergence, worldsAt(5_999))).toBeNull()
    expect(evaluateQuery(divergence, worldsAt(6_000))).toBe(6_000)
    expect(evaluateQuery(divergence, worldsAt(10_000))).toBe(6_000)
  })

  test('a branch with no actions of its own never diverges from a copy of itself', () => {
    const same = testBranchedLessonDocument() as { scenario: { branches: object } }
    const branches = same.scenario.branches as { a: { actions: unknown[] } }
    const lesson = lessonOf({
      ...same,
      scenario: {
        ...same.scenario,
        branches: { ...branches, b: { name: 'copy', actions: branches.a.actions } },
      },
    })
    const worlds = lessonWorlds(lesson, ownTimelines())(10_000)
    expect(evaluateQuery({ kind: 'firstDivergence' }, worlds)).toBeNull()
    expect(worlds.b).toEqual(worlds.a)
  })
})

describe('queries over one scenario', () => {
  test('have no branch B and no divergence', () => {
    const worlds = lessonWorlds(lessonOf(testLessonDocument()), ownTimelines())(7_000)
    expect(worlds.b).toBeNull()
    expect(evaluateQuery({ kind: 'firstDivergence' }, worlds)).toBeNull()
    expect(evaluateQuery({ ...firstOffset, branch: 'b' }, worlds)).toBeNull()
  })
})
