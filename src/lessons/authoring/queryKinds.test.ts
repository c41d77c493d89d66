import { describe, expect, test } from 'vitest'
import { parseLesson } from '../format/parse'
import { testLessonDocument } from '../format/testLessonDocument'
import { buildQuery, paramsOfQuery, QUERY_KINDS, type QueryParams } from './queryKinds'

const params: QueryParams = {
  topic: 'profiles',
  partition: 0,
  offset: 3,
  key: 'a',
  consumer: 'reader',
  job: 'counter_1',
}

describe('queries picked in the app', () => {
  test('every kind offered builds a query the lesson format accepts, and reads back its parameters', () => {
    for (const { kind } of QUERY_KINDS) {
      const query = buildQuery(kind, params)
      const document = testLessonDocument()
      const [first, second] = document.steps
      const lesson = parseLesson({
        ...document,
        steps: [{ ...first!, predict: { ...first!.predict!, query } }, second!],
      })
      expect(lesson.ok, kind).toBe(true)
      const back = paramsOfQuery(query, { ...params, topic: 'other', key: 'z' })
      expect(buildQuery(kind, back), kind).toEqual(query)
    }
  })

  test('a record count with no key counts every key', () => {
    expect(buildQuery('recordCount', { ...params, key: '' })).toEqual({
      kind: 'recordCount',
      topic: 'profiles',
      partition: 0,
    })
  })
})
