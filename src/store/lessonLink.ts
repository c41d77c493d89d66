import { readFragmentFields } from '../scenario/link/fragment'

/**
 * A lesson's share link: `#lesson=<id>&step=<n>`, the step counted from 1 as the player shows it.
 * It sits beside the scenario links (`#s=…`) in the same `name=value&…` fragment form; a fragment
 * with a `lesson` field is a lesson link, whatever else it holds.
 */
export interface LessonLink {
  /** As written in the link when it has the shape of an id; checked against the lessons later. */
  readonly id: string
  /** 1-based as written; `invalid` when the link's step is not a whole number from 1. */
  readonly step: number | 'none' | 'invalid'
}

export type LessonLinkParse =
  | { readonly kind: 'lesson'; readonly link: LessonLink }
  /** A `lesson` field that cannot be an id (empty, too long, odd characters). */
  | { readonly kind: 'malformed' }

const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,63}$/
const STEP = /^[1-9]\d{0,3}$/

/** The fragment (without `#`) for a lesson at `step` (1-based). */
export function formatLessonLink(id: string, step: number): string {
  return `lesson=${id}&step=${step}`
}

/** null when `fragment` is no lesson link (a scenario link, or nothing). Never throws. */
export function parseLessonLink(fragment: string): LessonLinkParse | null {
  const fields = readFragmentFields(fragment.replace(/^#/, ''))
  const id = fields.get('lesson')
  if (id === undefined) return null
  if (!LESSON_ID.test(id)) return { kind: 'malformed' }
  const step = fields.get('step')
  if (step === undefined) return { kind: 'lesson', link: { id, step: 'none' } }
  return { kind: 'lesson', link: { id, step: STEP.test(step) ? Number(step) : 'invalid' } }
}
