import type { Problem, Result } from './problems'
import { timeOrder } from './actionOrder'
import { problemsFromIssues } from './issueMessages'
import { MIGRATIONS } from './migrations'
import { resolveJobRefs } from './jobRefs'
import { checkReferences } from './references'
import type { Scenario } from './schema'
import { SCENARIO_VERSION, scenarioSchema } from './schema'

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
    return fail(
      'version',
      `must be a whole number ≥ 1 (this build writes version ${SCENARIO_VERSION})`,
    )
  }
  if (version > SCENARIO_VERSION) {
    return fail(
      'version',
      `this scenario was made by a newer Rewind Lab (format ${version}); this version reads formats up to ${SCENARIO_VERSION}`,
    )
  }
  const migrated = migrate(document, version)
  const parsed = scenarioSchema.safeParse(migrated)
  if (!parsed.success)
    return { ok: false, problems: problemsFromIssues(parsed.error.issues, migrated) }
  const order = timeOrder(migrated['actions'])
  const resolved = resolveJobRefs(parsed.data)
  const problems = (resolved.ok ? checkReferences(resolved.scenario) : resolved.problems).map((p) =>
    inWrittenOrder(p, order),
  )
  if (!resolved.ok || problems.length > 0) return { ok: false, problems }
  return { ok: true, value: resolved.scenario }
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
    if (migration.toVersion > from)
      current = { ...migration.migrate(current), version: migration.toVersion }
  }
  return current
}

function fail(path: string, message: string): Result<Scenario> {
  return { ok: false, problems: [{ path, message }] }
}

/**
 * The scenario keeps its actions sorted by time (stable); `order[i]` is where sorted action i was
 * in the file, so problems name actions by the place the person wrote them in.
 */
function inWrittenOrder(problem: Problem, order: readonly number[]): Problem {
  const match = /^actions\[(\d+)\]/.exec(problem.path)
  const written = match ? order[Number(match[1])] : undefined
  if (!match || written === undefined) return problem
  return { ...problem, path: `actions[${String(written)}]${problem.path.slice(match[0].length)}` }
}
