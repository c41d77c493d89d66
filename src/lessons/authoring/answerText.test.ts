import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { answerFromText, matchFromText, textOfAnswer, textOfMatch } from './answerText'

describe("a choice's answer as typed", () => {
  test('yes/no, numbers, nothing, words; blank is the otherwise choice', () => {
    expect(['yes', 'no', '42', 'nothing', 'Ken', ' '].map(answerFromText)).toEqual([
      true,
      false,
      42,
      null,
      'Ken',
      undefined,
    ])
  })

  test('the text shown for a value reads back as that value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.boolean(),
          fc.constant(null),
          fc.integer(),
          fc.stringMatching(/^[a-z][a-z-]*$/),
        ),
        (value) => {
          fc.pre(!['yes', 'no', 'true', 'false', 'nothing', 'null'].includes(String(value)))
          expect(answerFromText(textOfAnswer(value))).toEqual(value)
        },
      ),
    )
  })
})

describe('several values together (a tuple of readings)', () => {
  test('read as typed, shown as the app shows them, and read back the same', () => {
    expect(answerFromText('(3, yes,nothing , Ken)')).toEqual([3, true, null, 'Ken'])
    expect(textOfAnswer([3, true, null, 'Ken'])).toBe('(3, yes, nothing, Ken)')
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.boolean(), fc.constant(null), fc.integer()), { minLength: 1 }),
        (values) => {
          expect(answerFromText(textOfAnswer(values))).toEqual(values)
        },
      ),
    )
  })
})

describe("a choice's condition as typed", () => {
  test('a range for a number, an answer to equal, or blank for otherwise', () => {
    expect(
      ['at least 1', 'at most  0', '-2 to 5', '3', 'nothing', 'at least', ''].map(matchFromText),
    ).toEqual([
      { atLeast: 1 },
      { atMost: 0 },
      { atLeast: -2, atMost: 5 },
      { equals: 3 },
      { equals: null },
      { equals: 'at least' },
      undefined,
    ])
  })

  test('the text shown for a range reads back as that range', () => {
    const bound = fc.option(fc.integer({ min: -1_000, max: 1_000 }), { nil: undefined })
    fc.assert(
      fc.property(bound, bound, (atLeast, atMost) => {
        fc.pre(atLeast !== undefined || atMost !== undefined)
        const match = {
          ...(atLeast === undefined ? {} : { atLeast }),
          ...(atMost === undefined ? {} : { atMost }),
        }
        expect(matchFromText(textOfMatch(match))).toEqual(match)
      }),
    )
  })
})
