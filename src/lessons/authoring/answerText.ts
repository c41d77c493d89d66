import type { Match, QueryValue } from '../query/query'

/**
 * What an author types as a choice's answer ("yes", "3", "nothing", "Ken"), as the query value
 * the choice stands for; the words `formatQueryValue` shows are read back to the same values.
 * Blank is no condition: the "otherwise" choice.
 */
export function answerFromText(text: string): QueryValue | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  // Several readings' values together, as the app shows them: "(3, yes, Ken)".
  if (trimmed.length > 1 && trimmed.startsWith('(') && trimmed.endsWith(')')) {
    return trimmed
      .slice(1, -1)
      .split(',')
      .map((part) => {
        const value = answerFromText(part)
        return value === undefined ? '' : value
      })
  }
  if (trimmed === 'yes' || trimmed === 'true') return true
  if (trimmed === 'no' || trimmed === 'false') return false
  if (trimmed === 'nothing' || trimmed === 'null') return null
  const number = Number(trimmed)
  return Number.isFinite(number) ? number : trimmed
}

/** The words for a choice's answer in its field; blank for the "otherwise" choice. */
export function textOfAnswer(value: QueryValue | undefined): string {
  if (value === undefined) return ''
  if (value === null) return 'nothing'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return Array.isArray(value) ? `(${value.map(textOfAnswer).join(', ')})` : String(value)
}

const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`
const AT_LEAST = new RegExp(`^at least ${NUMBER}$`)
const AT_MOST = new RegExp(`^at most ${NUMBER}$`)
const BETWEEN = new RegExp(`^${NUMBER} to ${NUMBER}$`)

/**
 * A choice's condition as typed: an answer it must equal, or a range for a number ("at least 1",
 * "at most 0", "2 to 5": a difference of two readings is often asked that way). Blank is no
 * condition: the "otherwise" choice.
 */
export function matchFromText(text: string): Match | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ')
  const between = BETWEEN.exec(trimmed)
  if (between) return { atLeast: Number(between[1]), atMost: Number(between[2]) }
  const atLeast = AT_LEAST.exec(trimmed)
  if (atLeast) return { atLeast: Number(atLeast[1]) }
  const atMost = AT_MOST.exec(trimmed)
  if (atMost) return { atMost: Number(atMost[1]) }
  const equals = answerFromText(trimmed)
  return equals === undefined ? undefined : { equals }
}

/** The words for a choice's condition in its field, read back by `matchFromText`. */
export function textOfMatch(match: Match | undefined): string {
  if (match === undefined) return ''
  const { equals, atLeast, atMost } = match
  if (equals !== undefined) return textOfAnswer(equals)
  if (atLeast !== undefined && atMost !== undefined) return `${atLeast} to ${atMost}`
  if (atLeast !== undefined) return `at least ${atLeast}`
  return atMost === undefined ? '' : `at most ${atMost}`
}
