import type { Problem } from './problems'
import { formatPath } from './problems'
import type { z } from './zod'
import { isolate } from '../sim'

/**
 * Our own wording for zod's issues, for every document read at the untrusted boundary (scenarios,
 * branches, lessons): the path, what is wrong, and for a value of the wrong type what was found
 * beside what is expected, read from `input` (zod 4 leaves the input out of its issues). Never the
 * whole value: a short description of it.
 */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => problemFromIssue(issue, input))
}

function problemFromIssue(issue: z.core.$ZodIssue, input: unknown): Problem {
  const path = formatPath(issue.path)
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        path,
        message: `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => isolate(JSON.stringify(k))).join(', ')}`,
      }
    case 'invalid_type': {
      const found = valueAt(input, issue.path)
      const expected = EXPECTED[issue.expected] ?? `a ${issue.expected}`
      return {
        path,
        message: found.present
          ? `must be ${expected}; found ${describeValue(found.value)}`
          : `is required (${expected})`,
      }
    }
    case 'too_small':
      return { path, message: `must be at least ${String(issue.minimum)}${unitOf(issue.origin)}` }
    case 'too_big':
      return { path, message: `must be at most ${String(issue.maximum)}${unitOf(issue.origin)}` }
    case 'invalid_value':
      return {
        path,
        message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      }
    case 'invalid_union': {
      // A discriminated union names the values its discriminator takes; a plain union does not.
      const options = 'options' in issue ? (issue.options ?? []) : []
      return {
        path,
        message:
          options.length > 0
            ? `must be one of ${options.map((o) => `'${String(o)}'`).join(' | ')}`
            : 'has an unknown or malformed type',
      }
    }
    case 'invalid_format':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
    case 'custom':
      return { path, message: issue.message }
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
}

function unitOf(origin: string): string {
  return origin === 'array' ? ' item(s)' : origin === 'string' ? ' character(s)' : ''
}

/** The value at `path` in `input`, read only through own properties (never a prototype). */
function valueAt(
  input: unknown,
  path: readonly PropertyKey[],
): { present: boolean; value: unknown } {
  let current: unknown = input
  for (const key of path) {
    if (typeof current !== 'object' || current === null || typeof key === 'symbol') {
      return { present: false, value: undefined }
    }
    if (!Object.prototype.hasOwnProperty.call(current, key)) {
      return { present: false, value: undefined }
    }
    current = (current as Record<string | number, unknown>)[key]
  }
  return { present: current !== undefined, value: current }
}

const SHOWN_TEXT = 40

/** A short description of a found value: its kind, and the value itself when it is small. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `a list of ${String(value.length)} item(s)`
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN'
    if (!Number.isFinite(value)) return 'a number too large to hold (read as infinity)'
    return String(value)
  }
  if (typeof value === 'string') {
    return value.length > SHOWN_TEXT
      ? `the text ${isolate(JSON.stringify(value.slice(0, SHOWN_TEXT)))}…`
      : `the text ${isolate(JSON.stringify(value))}`
  }
  if (typeof value === 'boolean') return String(value)
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}
