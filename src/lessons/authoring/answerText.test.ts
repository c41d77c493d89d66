import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { answerFromText, textOfAnswer } from './answerText'

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
