import type { BranchedScenario } from '../../scenario/branches'
import { branchScenario, parseScenarioDocument } from '../../scenario/branches'
import { problemsFromIssues } from '../../scenario/issueMessages'
import { parseJsonWith } from '../../scenario/parse'
import type { Problem, Result } from '../../scenario/problems'
import type { Scenario } from '../../scenario/schema'
import { queryParts, queryPartsAt } from '../query/parts'
import { LESSON_LIMITS } from './limits'
import { nonHttpsLinks } from './richText'
import type { LessonStep } from './schema'
import { lessonSchema } from './schema'
import { BRANCHED_LESSON_VERSION, LESSON_VERSION, lessonVersionFor } from './version'
import type { z } from '../../scenario/zod'

type LessonFields = z.output<typeof lessonSchema>

/** A lesson over two branches: both as its file holds them, and branch B's whole scenario. */
export interface LessonBranches extends BranchedScenario {
  readonly b: Scenario
}

/** A validated lesson: every field checked, its scenario parsed by the scenario boundary. */
export interface Lesson extends Omit<LessonFields, 'scenario'> {
  /** The scenario the lesson opens on: its only one, or branch A's whole scenario. */
  readonly scenario: Scenario
  /** Over two branches: both of them; null for a lesson over one scenario. */
  readonly branched: LessonBranches | null
}

/** Deeper than any lesson (a query of queries of checks): refused before zod walks it. */
const MAX_DEPTH = 40

/**
 * The one boundary for untrusted lessons (a file, a link, this browser's list, the built-in
 * ones): the kind and version first, then every field with its bounds, the scenario through
 * `parseScenario`, then the rules that tie fields together. Never throws; every problem names
 * the field, with the path a person would type.
 */
export function parseLesson(input: unknown): Result<Lesson> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('', 'a lesson must be a JSON object')
  }
  const document = input as Record<string, unknown>
  if (document['kind'] !== 'lesson') {
    return fail(
      'kind',
      'must be "lesson" (a lesson file starts with "kind": "lesson"; a scenario file has none)',
    )
  }
  const version = document['version']
  if (typeof version === 'number' && Number.isInteger(version) && version > LESSON_VERSION) {
    return fail(
      'version',
      `this lesson was made by a newer Rewind Lab (lesson format ${version}); this version reads formats up to ${LESSON_VERSION}`,
    )
  }
  if (nestedDeeperThan(document, MAX_DEPTH)) {
    return fail('', `is nested more than ${MAX_DEPTH} levels deep; no lesson needs that`)
  }
  const parsed = lessonSchema.safeParse(document)
  if (!parsed.success)
    return { ok: false, problems: problemsFromIssues(parsed.error.issues, document) }
  const scenarioDocument = parseScenarioDocument(parsed.data.scenario)
  if (!scenarioDocument.ok) {
    return { ok: false, problems: scenarioDocument.problems.map((p) => within('scenario', p)) }
  }
  const { scenario, branches } = scenarioDocument.value
  if (branches !== null && parsed.data.version < BRANCHED_LESSON_VERSION) {
    return fail(
      'version',
      `a lesson over two branches is lesson format ${BRANCHED_LESSON_VERSION} or later`,
    )
  }
  // Read as the oldest version that holds it, as it is written: the same lesson either way.
  const fields = { ...parsed.data, version: lessonVersionFor(branches !== null) }
  const lesson: Lesson =
    branches === null
      ? { ...fields, scenario, branched: null }
      : {
          ...fields,
          scenario: branchScenario({ scenario, branches }, 'a'),
          branched: { scenario, branches, b: branchScenario({ scenario, branches }, 'b') },
        }
  const problems = checkSteps(lesson)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: lesson }
}

/** Parses lesson JSON text; a syntax error is a problem too. */
export function parseLessonJson(text: string): Result<Lesson> {
  return parseJsonWith(text, parseLesson)
}

/** The rules between fields: times in order and within the scenario, reveals, choices, links. */
function checkSteps(lesson: Lesson): Problem[] {
  const problems: Problem[] = []
  const add = (path: string, message: string): void => {
    problems.push({ path, message })
  }
  lesson.steps.forEach((step, i) => {
    const at = `steps[${i}]`
    const previous = lesson.steps[i - 1]
    if (previous !== undefined && step.at < previous.at) {
      add(`${at}.at`, `must not be before the previous step's time (${previous.at} ms)`)
    }
    if (step.at > lesson.scenario.durationMs) {
      add(`${at}.at`, `must be within the scenario (durationMs is ${lesson.scenario.durationMs})`)
    }
    for (const field of ['text', 'title'] as const) {
      for (const href of nonHttpsLinks(step[field])) {
        add(
          `${at}.${field}`,
          `links must go to an https:// address (found ${JSON.stringify(href.slice(0, 60))})`,
        )
      }
    }
    checkPrediction(step, at, i === lesson.steps.length - 1, add)
    if (lesson.branched === null) checkOneScenario(step, at, add)
  })
  return problems
}

const ONE_SCENARIO = 'the lesson has one scenario (a scenario with "branches" has two)'

/** A lesson over one scenario has no branch B to show or read, and no divergence to ask for. */
function checkOneScenario(
  step: LessonStep,
  at: string,
  add: (path: string, message: string) => void,
): void {
  if (step.view?.branch !== undefined)
    add(`${at}.view.branch`, `names a branch, but ${ONE_SCENARIO}`)
  const query = step.predict?.query
  if (query === undefined) return
  for (const [part, path] of queryPartsAt(query, `${at}.predict.query`)) {
    if (part.kind === 'firstDivergence') {
      add(`${path}.kind`, `asks where two branches part, but ${ONE_SCENARIO}`)
    } else if ('branch' in part && part.branch !== undefined) {
      add(`${path}.branch`, `names a branch, but ${ONE_SCENARIO}`)
    }
  }
}

function checkPrediction(
  step: LessonStep,
  at: string,
  isLast: boolean,
  add: (path: string, message: string) => void,
): void {
  const predict = step.predict
  if (predict === undefined) return
  if (isLast) {
    add(`${at}.predict`, 'the last step cannot ask: a prediction is revealed at the next step')
  }
  const texts = predict.choices.map((c) => c.text)
  texts.forEach((text, i) => {
    if (texts.indexOf(text) !== i)
      add(`${at}.predict.choices[${i}].text`, 'repeats an earlier choice')
  })
  const fallbacks = predict.choices.filter((c) => c.when === undefined).length
  if (fallbacks > 1) {
    add(
      `${at}.predict.choices`,
      `only one choice may leave out "when" (the otherwise answer); ${fallbacks} do`,
    )
  }
  const nodes = queryParts(predict.query)
  if (nodes > LESSON_LIMITS.queryNodes) {
    add(
      `${at}.predict.query`,
      `has ${nodes} parts; a query may have at most ${LESSON_LIMITS.queryNodes}`,
    )
  }
}

/** Whether `value` has objects or arrays nested deeper than `max`; iterative, so never overflows. */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item
    if (typeof node !== 'object' || node === null) continue
    if (depth > max) return true
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return false
}

function within(field: string, problem: Problem): Problem {
  const path =
    problem.path === ''
      ? field
      : problem.path.startsWith('[')
        ? `${field}${problem.path}`
        : `${field}.${problem.path}`
  return { path, message: problem.message }
}

function fail(path: string, message: string): Result<Lesson> {
  return { ok: false, problems: [{ path, message }] }
}
