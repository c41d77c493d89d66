import { formatSimTime } from '../../derive/scene/format'
import { LIMITS } from '../../scenario/limits'
import { z } from '../../scenario/zod'

/** Reading the form's text fields: each returns the value or a sentence saying what is wrong. */

/**
 * A number for a field of the scenario format: whole or not, and its bounds, as `schema` declares
 * them (see `schemaFields.ts`), so whatever this accepts the scenario accepts.
 */
export function schemaNumber(text: string, what: string, schema: NumberSchema): number | string {
  const trimmed = text.trim()
  const value = Number(trimmed)
  const { whole, min } = boundsOf(schema)
  if (whole && !/^-?\d+$/.test(trimmed)) return `${what} must be a whole number`
  if (trimmed === '' || !Number.isFinite(value)) {
    return min !== null && excludes(schema, min)
      ? `${what} must be a number above ${String(min)}`
      : `${what} must be a number`
  }
  return outOfBounds(value, what, schema) ?? value
}

type NumberSchema = z.core.$ZodNumber

interface Bounds {
  /** Whole numbers only: zod marks them by a format check (`safeint`, `int32`…). */
  readonly whole: boolean
  /** The tightest bounds, inclusive or not (null where there is none). */
  readonly min: number | null
  readonly max: number | null
}

/**
 * What `schema`'s checks declare: whole or not, and its tightest bounds (an int's `lte(64)`, not
 * the safe-integer range its format also has).
 */
function boundsOf(schema: NumberSchema): Bounds {
  let whole = false
  let min = -Infinity
  let max = Infinity
  for (const check of schema._zod.def.checks ?? []) {
    if (check instanceof z.core.$ZodCheckGreaterThan)
      min = Math.max(min, Number(check._zod.def.value))
    else if (check instanceof z.core.$ZodCheckLessThan)
      max = Math.min(max, Number(check._zod.def.value))
    else if (check instanceof z.core.$ZodCheckNumberFormat) {
      const { format } = check._zod.def
      whole ||= format.includes('int')
      const [low, high] = z.util.NUMBER_FORMAT_RANGES[format]
      min = Math.max(min, low)
      max = Math.min(max, high)
    }
  }
  return { whole, min: Number.isFinite(min) ? min : null, max: Number.isFinite(max) ? max : null }
}

/** Whether `schema` refuses its own bound: `gt(0)` reads "above 0", not "at least 0". */
function excludes(schema: NumberSchema, bound: number): boolean {
  return !z.safeParse(schema, bound).success
}

/** What is wrong with `value` against `schema`'s bounds, or null when it lies within them. */
function outOfBounds(value: number, what: string, schema: NumberSchema): string | null {
  const { min, max } = boundsOf(schema)
  const bound = (b: number): string => boundText(b, what)
  if (min !== null && value <= min) {
    if (excludes(schema, min)) return `${what} must be a number above ${bound(min)}`
    if (value < min) return `${what} must be at least ${bound(min)}`
  }
  if (max !== null && value >= max) {
    if (excludes(schema, max)) return `${what} must be a number below ${bound(max)}`
    if (value > max) return `${what} must be at most ${bound(max)}`
  }
  return null
}

/** A field in milliseconds, by its name: `task.commit.ms`, `retention.ms`, "… in ms". */
const MILLISECONDS = /(\.|\bin )ms$/

/**
 * A bound as typed, and for a field in milliseconds also in words, so "at most 2592000000" reads
 * "at most 2592000000 (30 d)".
 */
function boundText(bound: number, what: string): string {
  const words = MILLISECONDS.test(what) && bound >= 1_000 && bound < LIMITS.maxConfigValue
  return words ? `${String(bound)} (${formatSimTime(bound)})` : String(bound)
}

const UTC_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(?:Z|UTC)?$/i

/**
 * A record timestamp as epoch milliseconds, within `schema`'s bounds: a whole number, or a UTC
 * date and time such as `2024-05-01 10:00` or `2024-05-01T10:00:00.250Z` (a date with no zone is
 * read as UTC, so the same text means the same instant on every machine).
 */
export function epochTimestamp(text: string, what: string, schema: NumberSchema): number | string {
  const epoch = epochMilliseconds(text.trim())
  if (epoch === null)
    return `${what} must be epoch milliseconds or a UTC date such as 2024-05-01 10:00:00`
  return outOfBounds(epoch, what, schema) ?? epoch
}

function epochMilliseconds(trimmed: string): number | null {
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const match = UTC_DATE.exec(trimmed)
  if (!match) return null
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    // An optional group that did not match is undefined at run time, whatever its type says.
    .map((part: string | undefined) => (part === undefined ? 0 : Number(part)))
  // ".25" is 250 ms.
  const ms = Number((match[7] ?? '').padEnd(3, '0'))
  const epoch = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour, minute, second, ms)
  // Date.UTC rolls 2024-02-31 over into March, and 10:75 into the next hour: refused, not moved.
  const back = new Date(epoch)
  const same =
    back.getUTCMonth() === (month ?? 1) - 1 &&
    back.getUTCDate() === day &&
    back.getUTCHours() === hour &&
    back.getUTCMinutes() === minute &&
    back.getUTCSeconds() === second
  return same && epoch >= 0 ? epoch : null
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
