import { LIMITS } from '../limits'
import { problemsFromIssues } from '../issueMessages'
import { parseScenario } from '../parse'
import type { Problem, Result } from '../problems'
import type { Scenario } from '../schema'
import { SCENARIO_VERSION } from '../schema'
import { z } from '../zod'
import type { BranchSide } from './branches'
import { BRANCHED_FORMAT_VERSION, type ScenarioDocument } from './scenarioDocument'

const branch = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.branchNameLength)),
  // Each action is checked as part of its branch's whole scenario (see `parseBranched`).
  actions: z._default(z.array(z.unknown()).check(z.maxLength(LIMITS.actions)), []),
})

const branchesSchema = z.strictObject({
  forkAtMs: z.number().check(z.int(), z.gte(0), z.lte(LIMITS.durationMs)),
  a: branch,
  b: branch,
  // Optional, so files and links that leave it out (every one before it) read as before.
  selected: z.optional(z.enum(['a', 'b'])),
})

/**
 * The boundary for untrusted documents (a file, a link, the runner's input): the version, then the
 * scenario, then the branches, each against the whole scenario it makes. Never throws. Every
 * version migrates through `parseScenario`, branches included: a branch's actions migrate as part
 * of its whole scenario.
 */
export function parseScenarioDocument(input: unknown): Result<ScenarioDocument> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('', 'a scenario must be a JSON object')
  }
  const { branches, ...rest } = input as Record<string, unknown>
  const version = rest['version']
  if (typeof version === 'number' && Number.isInteger(version) && version > SCENARIO_VERSION) {
    return fail(
      'version',
      `this scenario was made by a newer Rewind Lab (format ${version}); this version reads formats up to ${SCENARIO_VERSION}`,
    )
  }
  if (branches === undefined) return single(rest)
  if (typeof version === 'number' && version < BRANCHED_FORMAT_VERSION) {
    return fail('version', `a scenario with branches is format ${BRANCHED_FORMAT_VERSION} or later`)
  }
  return parseBranched(rest, branches)
}

/** Parses document JSON text; a syntax error is a problem too. */
export function parseScenarioDocumentJson(text: string): Result<ScenarioDocument> {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    return fail('', `not valid JSON (${error instanceof Error ? error.message : 'parse error'})`)
  }
  return parseScenarioDocument(document)
}

function single(input: unknown): Result<ScenarioDocument> {
  const parsed = parseScenario(input)
  return parsed.ok ? { ok: true, value: { scenario: parsed.value, branches: null } } : parsed
}

function parseBranched(rest: Record<string, unknown>, input: unknown): Result<ScenarioDocument> {
  const base = parseScenario(rest)
  if (!base.ok) return base
  const parsed = branchesSchema.safeParse(input)
  if (!parsed.success) {
    return {
      ok: false,
      problems: problemsFromIssues(parsed.error.issues, input).map((p) => under('branches', p)),
    }
  }
  const { forkAtMs, a, b, selected } = parsed.data
  const scenario = base.value
  if (forkAtMs > scenario.durationMs) {
    return fail(
      'branches.forkAtMs',
      `${forkAtMs} is after the end of the scenario (durationMs ${scenario.durationMs})`,
    )
  }
  // Valid once the scenario parsed: every action is an object with a time.
  const shared = (rest['actions'] ?? []) as readonly { at: number }[]
  const late = shared.findIndex((action) => action.at > forkAtMs)
  if (late !== -1) {
    return fail(
      `actions[${late}].at`,
      `is after the fork (branches.forkAtMs ${forkAtMs}): the shared actions come before it`,
    )
  }
  const own: Record<BranchSide, Scenario['actions']> = { a: [], b: [] }
  for (const [side, raw] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const whole = parseScenario({ ...rest, actions: [...shared, ...raw.actions] })
    if (!whole.ok) {
      return { ok: false, problems: whole.problems.map((p) => inBranch(p, side, shared.length)) }
    }
    const actions = whole.value.actions.slice(scenario.actions.length)
    const early = raw.actions.findIndex((action) => (action as { at: number }).at < forkAtMs)
    if (early !== -1) {
      return fail(
        `branches.${side}.actions[${early}].at`,
        `is before the fork (branches.forkAtMs ${forkAtMs})`,
      )
    }
    own[side] = actions
  }
  return {
    ok: true,
    value: {
      scenario,
      branches: {
        forkAtMs,
        a: { name: a.name, actions: own.a },
        b: { name: b.name, actions: own.b },
        // A is the default: kept only when B was selected, so A's documents stay as they were.
        ...(selected === 'b' ? { selected } : {}),
      },
    },
  }
}

/** A problem of a branch's whole scenario, pointed at the branch's own action when it is one. */
function inBranch(problem: Problem, side: BranchSide, sharedCount: number): Problem {
  const match = /^actions\[(\d+)\](.*)$/.exec(problem.path)
  const index = match ? Number(match[1]) : -1
  if (!match || index < sharedCount) return problem
  return { ...problem, path: `branches.${side}.actions[${index - sharedCount}]${match[2] ?? ''}` }
}

function under(prefix: string, problem: Problem): Problem {
  const path =
    problem.path === ''
      ? prefix
      : problem.path.startsWith('[')
        ? `${prefix}${problem.path}`
        : `${prefix}.${problem.path}`
  return { ...problem, path }
}

function fail(path: string, message: string): Result<never> {
  return { ok: false, problems: [{ path, message }] }
}
