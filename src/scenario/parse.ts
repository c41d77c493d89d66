import type { Problem, Result } from './problems'
import { formatPath } from './problems'
import { MIGRATIONS } from './migrations'
import { checkReferences } from './references'
import type { Scenario } from './schema'
import { SCENARIO_VERSION, scenarioSchema } from './schema'
import type { z } from './zod'

/**
 * The one boundary for untrusted scenarios (a file, a link, a lesson): reads the version, migrates
 * older documents, validates every field with its bounds, then checks cross references.
 * Never throws; every problem names the field.
 */
export function parseScenario(input: unknown): Result<Scenario> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('', 'a scenario must be a JSON object')
  }
  const document = input as Record<string, unknown>
  const version = document['version']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version', 'must be a whole number ≥ 1 (this build writes version 1)')
  }
  if (version > SCENARIO_VERSION) {
    return fail(
      'version',
      `this scenario was made by a newer Rewind Lab (format ${version}); this version reads formats up to ${SCENARIO_VERSION}`,
    )
  }
  const migrated = migrate(document, version)
  const parsed = scenarioSchema.safeParse(migrated)
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(toProblem) }
  const problems = checkReferences(parsed.data)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data }
}

/** Parses scenario JSON text; a syntax error is a problem too. */
export function parseScenarioJson(text: string): Result<Scenario> {
  return parseJsonWith(text, parseScenario)
}

/** JSON text through a document boundary (`parse`); a syntax error is a problem too. */
export function parseJsonWith<T>(text: string, parse: (document: unknown) => Result<T>): Result<T> {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'parse error'
    return { ok: false, problems: [{ path: '', message: `not valid JSON (${detail})` }] }
  }
  return parse(document)
}

function migrate(document: Record<string, unknown>, from: number): Record<string, unknown> {
  let current = document
  for (const migration of MIGRATIONS) {
    if (migration.toVersion > from) current = migration.migrate(current)
  }
  return current
}

function fail(path: string, message: string): Result<Scenario> {
  return { ok: false, problems: [{ path, message }] }
}

/**
 * Our own wording from zod's issue: the path, then what is wrong (never the whole value). Lessons
 * (`src/lessons/format`) word their problems with it too.
 */
export function toProblem(issue: z.core.$ZodIssue): Problem {
  const path = formatPath(issue.path)
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        path,
        message: `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`,
      }
    case 'invalid_type':
      return {
        path,
        message:
          issue.input === undefined
            ? `is required (${issue.expected})`
            : `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`,
      }
    case 'too_small':
      return {
        path,
        message: `must be at least ${String(issue.minimum)}${issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : ''}`,
      }
    case 'too_big':
      return {
        path,
        message: `must be at most ${String(issue.maximum)}${issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : ''}`,
      }
    case 'invalid_value':
      return {
        path,
        message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      }
    case 'invalid_union':
      return {
        path,
        message: issue.message.startsWith('Invalid discriminator value. Expected ')
          ? `must be one of ${issue.message.slice('Invalid discriminator value. Expected '.length)}`
          : 'has an unknown or malformed type',
      }
    case 'invalid_format':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
    case 'custom':
      return { path, message: issue.message }
  }
}
