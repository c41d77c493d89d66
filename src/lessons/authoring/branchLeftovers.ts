import type { LessonStep } from '../format/schema'
import type { Query, Reader } from '../query/query'
import { isReader } from '../query/query'
import { queryPartsAt } from '../query/parts'
import { branchOf, inBranch } from './combined'
import type { LessonDraft } from './draft'

/**
 * Steps recorded over two branches after one branch was dropped ("Keep only A"): they still name
 * a branch (the one they show, or one their prediction reads), which a lesson over one scenario
 * has not, so the lesson boundary refuses them. The editor offers to move them to the scenario
 * that is left, or to delete them, each as one edit. A step whose question compares the branches
 * is not moved: over one scenario it would compare that scenario with itself (always "the same",
 * an empty difference) or ask when two branches part that no longer exist.
 */

/** The indices of the steps that name a branch, in the view or in a reading of the prediction. */
export function stepsNamingABranch(draft: LessonDraft): readonly number[] {
  return draft.steps.flatMap((step, i) => (namesABranch(step) ? [i] : []))
}

/** The indices of the steps whose question compares the two branches (they cannot be moved). */
export function stepsComparingBranches(draft: LessonDraft): readonly number[] {
  return draft.steps.flatMap((step, i) => (comparesBranches(step) ? [i] : []))
}

function namesABranch(step: LessonStep): boolean {
  if (step.view?.branch !== undefined || comparesBranches(step)) return true
  const query = step.predict?.query
  return query !== undefined && readersOf(query).some((reader) => reader.branch !== undefined)
}

/** Whether the step's question reads both branches, or asks when they part. */
function comparesBranches(step: LessonStep): boolean {
  const query = step.predict?.query
  if (query === undefined) return false
  if (queryPartsAt(query, '').some(([part]) => part.kind === 'firstDivergence')) return true
  return new Set(readersOf(query).map(branchOf)).size > 1
}

function readersOf(query: Query): Reader[] {
  return queryPartsAt(query, '').flatMap(([part]) => (isReader(part) ? [part] : []))
}

/**
 * The steps that can move, moved to the one scenario left: they show it and their readings read
 * it. Steps comparing the branches stay as they are, still refused, to be rewritten or deleted.
 */
export function moveToRemainingBranch(draft: LessonDraft): LessonDraft {
  return { ...draft, steps: draft.steps.map(onOneScenario) }
}

function onOneScenario(step: LessonStep): LessonStep {
  if (!namesABranch(step) || comparesBranches(step)) return step
  const { view, predict } = step
  const { branch: _dropped, ...shown } = view ?? {}
  return {
    ...step,
    ...(view === undefined ? {} : { view: shown }),
    ...(predict === undefined ? {} : { predict: { ...predict, query: readingOne(predict.query) } }),
  }
}

/** `query` with every reading reading the one world there is (a reading names no branch then). */
function readingOne(query: Query): Query {
  if (isReader(query)) return inBranch(query, 'a')
  switch (query.kind) {
    case 'difference':
      return { ...query, of: readingOne(query.of), minus: readingOne(query.minus) }
    case 'same':
      return { ...query, a: readingOne(query.a), b: readingOne(query.b) }
    case 'all':
      return { ...query, of: query.of.map((c) => ({ ...c, query: readingOne(c.query) })) }
    case 'tuple':
      return { ...query, of: query.of.map(readingOne) }
    case 'firstDivergence':
      return query
  }
}

/** The draft without the steps that name a branch. */
export function deleteStepsNamingABranch(draft: LessonDraft): LessonDraft {
  return { ...draft, steps: draft.steps.filter((step) => !namesABranch(step)) }
}
