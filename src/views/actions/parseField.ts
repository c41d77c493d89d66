import { LIMITS } from '../../scenario/limits'

/** Reading the form's text fields: each returns the value or a sentence saying what is wrong. */

export function wholeNumber(text: string, what: string, min = 0): number | string {
  const trimmed = text.trim()
  if (!/^-?\d{1,15}$/.test(trimmed)) return `${what} must be a whole number`
  const value = Number(trimmed)
  return value < min ? `${what} must be at least ${min}` : value
}

export function positiveNumber(text: string, what: string): number | string {
  const value = Number(text.trim())
  return text.trim() === '' || !Number.isFinite(value) || value <= 0
    ? `${what} must be a number above 0`
    : value
}

/** A Kafka topic or Samza name: letters, digits, `.`, `_` and `-`, as the scenario format allows. */
export function validName(text: string, what: string): string | { name: string } {
  const name = text.trim()
  return name.length <= LIMITS.nameLength && /^[A-Za-z0-9._-]+$/.test(name)
    ? { name }
    : `${what} must be letters, digits, ".", "_" or "-"`
}

/** An optional topic name: blank is none. */
export function optionalName(text: string, what: string): string | { name: string | null } {
  return text.trim() === '' ? { name: null } : validName(text, what)
}

class FieldProblem extends Error {}

/** Stops a `withFieldProblems` builder with what is wrong. */
export function fieldProblem(message: string): never {
  throw new FieldProblem(message)
}

/** The value of a field reader, or a jump to `withFieldProblems` with what is wrong. */
export function read<T extends number | object>(parsed: T | string): T {
  return typeof parsed === 'string' ? fieldProblem(parsed) : parsed
}

/** Runs a builder that `read`s many fields; the first problem found becomes its result. */
export function withFieldProblems<T>(build: () => T): T | string {
  try {
    return build()
  } catch (error) {
    if (error instanceof FieldProblem) return error.message
    throw error
  }
}
