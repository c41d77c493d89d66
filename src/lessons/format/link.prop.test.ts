import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { builtinLessons } from '../index'
import type { Query } from '../query/query'
import { decodeLessonLink, encodeLessonLink, lessonJson } from './link'
import { parseLesson, parseLessonJson } from './parse'
import type { LessonDocument } from './schema'
import { testBranchedLessonDocument, testLessonDocument } from './testLessonDocument'

const QUERIES: Query[] = [
  { kind: 'logEndOffset', topic: 'profiles', partition: 0 },
  { kind: 'recordCount', topic: 'views', key: 'k1' },
  {
    kind: 'difference',
    of: { kind: 'storeSum', job: 'counter_1' },
    minus: { kind: 'jobLag', job: 'counter_1' },
  },
  {
    kind: 'tuple',
    of: [
      { kind: 'offsetInLog', topic: 'profiles', partition: 0, offset: 0 },
      { kind: 'consumerError', consumer: 'reader' },
    ],
  },
]

const text = (max: number) => fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' })

/** Lessons over the query tests' scenario: arbitrary texts, times in order, queries and choices. */
const documents: fc.Arbitrary<LessonDocument> = fc
  .record({
    title: text(120),
    summary: fc.string({ maxLength: 200 }),
    minutes: fc.integer({ min: 1, max: 600 }),
    times: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 6 }),
    texts: fc.array(fc.string({ maxLength: 300 }), { minLength: 6, maxLength: 6 }),
    query: fc.constantFrom(...QUERIES),
    choices: fc.uniqueArray(text(40), { minLength: 2, maxLength: 9 }),
    bound: fc.integer({ min: -5, max: 20 }),
  })
  .map(({ title, summary, minutes, times, texts, query, choices, bound }) => {
    const base = testLessonDocument()
    const sorted = [...times].sort((a, b) => a - b)
    return {
      ...base,
      title,
      summary,
      minutes,
      steps: sorted.map((at, i) => ({
        at,
        title: `Step ${i + 1}`,
        text: texts[i] ?? '',
        ...(i === 0
          ? {
              predict: {
                question: title,
                query,
                choices: choices.map((c, j) =>
                  j === 0 ? { text: c } : { text: c, when: { atLeast: bound + j } },
                ),
              },
            }
          : {}),
      })),
    }
  })

/**
 * The same lessons over two branches (format 2): the first step's query also reads branch B and
 * asks where the branches part.
 */
const branchedDocuments: fc.Arbitrary<LessonDocument> = documents.map((document) => {
  const { scenario, version } = testBranchedLessonDocument()
  const steps = document.steps.map((step) =>
    step.predict === undefined
      ? step
      : {
          ...step,
          predict: {
            ...step.predict,
            query: {
              kind: 'tuple' as const,
              of: [
                step.predict.query,
                { kind: 'firstDivergence' as const },
                { kind: 'logEndOffset' as const, topic: 'profiles', branch: 'b' as const },
              ],
            },
          },
        },
  )
  return { ...document, version, scenario, steps }
})

function parsed(document: LessonDocument) {
  const result = parseLesson(document)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

describe('a lesson travels unchanged', () => {
  test.prop([fc.oneof(documents, branchedDocuments)], { numRuns: 60 })(
    'export to a file, then import (one scenario or two branches)',
    (document) => {
      const lesson = parsed(document)
      const back = parseLessonJson(lessonJson(lesson))
      expect(back).toEqual({ ok: true, value: lesson })
      expect(JSON.parse(lessonJson(lesson))).toMatchObject({ version: lesson.branched ? 2 : 1 })
    },
  )

  test.prop([fc.oneof(documents, branchedDocuments), fc.integer({ min: 1, max: 6 })], {
    numRuns: 30,
  })('a link, then opening it', async (document, step) => {
    const lesson = parsed(document)
    expect(await decodeLessonLink(`#${await encodeLessonLink(lesson, step)}`)).toEqual({
      ok: true,
      lesson,
      step,
    })
  })

  test.prop([fc.constantFrom(...builtinLessons())], { numRuns: 10 })(
    'every built-in lesson, by file and by link',
    async (lesson) => {
      expect(parseLessonJson(lessonJson(lesson))).toEqual({ ok: true, value: lesson })
      const link = await encodeLessonLink(lesson, 1)
      expect(link.length).toBeLessThan(65_536)
      expect(await decodeLessonLink(link)).toEqual({ ok: true, lesson, step: 1 })
    },
  )
})
