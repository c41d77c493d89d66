import type { QueryValue } from '../query/query'

/**
 * What an author types as a choice's answer ("yes", "3", "nothing", "Ken"), as the query value
 * the choice stands for; the words `formatQueryValue` shows are read back to the same values.
 * Blank is no condition: the "otherwise" choice.
 */
export function answerFromText(text: string): QueryValue | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
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
  return Array.isArray(value) ? JSON.stringify(value) : String(value)
}
