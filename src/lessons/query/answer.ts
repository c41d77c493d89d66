import type { Prediction } from '../format/schema'
import type { QueryWorlds } from './evaluate'
import { evaluateQuery, matches } from './evaluate'
import type { QueryValue } from './query'

/** What the world says to a prediction: the query's value and the choice it picks. */
export interface Answer {
  readonly value: QueryValue
  /** Index of the picked choice; null when no condition holds and no choice is the otherwise one. */
  readonly choice: number | null
}

/**
 * Answers `prediction` in `worlds`: the first choice (in the lesson's order) whose `when` holds for
 * the query's value, else the choice without `when`.
 */
export function answerPrediction(prediction: Prediction, worlds: QueryWorlds): Answer {
  const value = evaluateQuery(prediction.query, worlds)
  const { choices } = prediction
  const picked = choices.findIndex((c) => c.when !== undefined && matches(c.when, value))
  const choice = picked >= 0 ? picked : choices.findIndex((c) => c.when === undefined)
  return { value, choice: choice >= 0 ? choice : null }
}

/** A query value as a person reads it: `null` is "nothing", lists are comma-separated. */
export function formatQueryValue(value: QueryValue): string {
  if (value === null) return 'nothing'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (Array.isArray(value)) return `(${value.map(formatQueryValue).join(', ')})`
  return String(value)
}
