import { documentJson } from '../../scenario/branches/scenarioDocument'
import { describeLinkProblem } from '../../scenario/link/describeLinkProblem'
import {
  encodeEnvelope,
  LINK_LIMITS,
  openEnvelope,
  readFragmentFields,
} from '../../scenario/link/fragment'
import { toWireForm } from '../../scenario/link/wireForm'
import { describeProblems } from '../../scenario/problems'
import type { Lesson } from './parse'
import { lessonVersionFor } from './version'

/**
 * A lesson carried whole in a link: `L=<envelope><codec><base64url>&step=<n>`, the same envelope
 * and caps as a scenario link (`s=`), with a lesson document inside. Built-in lessons have the
 * short form `lesson=<id>` instead.
 */
const FIELD = 'L'
const STEP = /^[1-9]\d{0,3}$/

export type LessonDocumentLink =
  | { readonly ok: true; readonly lesson: Lesson; readonly step: number | null }
  | { readonly ok: false; readonly message: string }

/**
 * The lesson as a file holds it: its JSON document, the scenario (with its branches, if any)
 * without Kafka's defaults, in the oldest lesson format that holds it.
 */
export function lessonJson(lesson: Lesson): string {
  const { branched, scenario, steps, ...fields } = lesson
  const document = {
    ...fields,
    version: lessonVersionFor(branched !== null),
    scenario: branched === null ? toWireForm(scenario) : documentJson(branched, toWireForm),
    steps,
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** The fragment (without `#`) opening `lesson` at `step` (1-based). */
export async function encodeLessonLink(lesson: Lesson, step: number): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(JSON.parse(lessonJson(lesson))))
  return `${FIELD}=${await encodeEnvelope(json)}&step=${step}`
}

/** Whether the fragment carries a whole lesson. */
export function isLessonDocumentLink(fragment: string): boolean {
  return readFragmentFields(fragment.replace(/^#/, '')).has(FIELD)
}

/**
 * Decodes an untrusted lesson link. Never throws; the lesson passes every cap of a scenario link
 * and then the lesson boundary before anything of it is shown. A step that is not a number is
 * left out (the lesson opens at its first step).
 */
export async function decodeLessonLink(fragment: string): Promise<LessonDocumentLink> {
  const text = fragment.replace(/^#/, '')
  if (text.length > LINK_LIMITS.fragmentChars) {
    return {
      ok: false,
      message: describeLinkProblem({ kind: 'too-long', length: text.length }),
    }
  }
  const fields = readFragmentFields(text)
  const opened = await openEnvelope(fields.get(FIELD))
  if (!opened.ok) return { ok: false, message: describeLinkProblem(opened.problem, FIELD) }
  const { parseLessonJson } = await import('./parse')
  const parsed = parseLessonJson(opened.json)
  if (!parsed.ok) {
    return {
      ok: false,
      message: `The link's lesson is not valid: ${describeProblems(parsed.problems)}.`,
    }
  }
  const step = fields.get('step') ?? ''
  return { ok: true, lesson: parsed.value, step: STEP.test(step) ? Number(step) : null }
}
