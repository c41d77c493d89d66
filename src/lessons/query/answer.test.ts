import { describe, expect, test } from 'vitest'
import type { Prediction } from '../format/schema'
import { answerPrediction, formatQueryValue } from './answer'
import { oneWorld } from './evaluate'
import { queryTestWorld } from './testWorld'

const world = oneWorld(queryTestWorld(7_000))

function predictionOf(choices: Prediction['choices']): Prediction {
  return {
    question: 'Where does the log start?',
    query: { kind: 'logStartOffset', topic: 'profiles', partition: 0 },
    choices,
    lookAt: '',
  }
}

describe('answering a prediction', () => {
  test('the first choice whose condition holds, in the lesson’s order', () => {
    const prediction = predictionOf([
      { text: 'Above 3', when: { atLeast: 3 } },
      { text: 'At 0', when: { equals: 0 } },
      { text: 'At most 1', when: { atMost: 1 } },
    ])
    expect(answerPrediction(prediction, world)).toEqual({ value: 0, choice: 1 })
  })

  test('the choice without a condition when none holds; none at all when there is no such choice', () => {
    const withFallback = predictionOf([
      { text: 'At 5', when: { equals: 5 } },
      { text: 'Elsewhere' },
    ])
    expect(answerPrediction(withFallback, world)).toEqual({ value: 0, choice: 1 })
    const without = predictionOf([
      { text: 'At 5', when: { equals: 5 } },
      { text: 'At 6', when: { equals: 6 } },
    ])
    expect(answerPrediction(without, world)).toEqual({ value: 0, choice: null })
  })

  test('values read as words', () => {
    expect([null, true, false, 3, 'Ada', [1, null]].map(formatQueryValue)).toEqual([
      'nothing',
      'yes',
      'no',
      '3',
      'Ada',
      '(1, nothing)',
    ])
  })
})
