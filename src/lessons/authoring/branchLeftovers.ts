import type { LessonStep } from '../format/schema'
import type { Query } from '../query/query'
import { isReader } from '../query/query'
import { queryPartsAt } from '../query/parts'
import { inBranch } from './combined'
import type { LessonDraft } from './draft'

/**
 * Steps recorded over two branches after one branch was dropped ("Keep only A"): they still name
 * a branch (the one they show, or one their prediction reads), which a lesson over one scenario
 * has not, so the lesson boundary refuses them. The editor offers to move them to the scenario
 * that is left, or to delete them, each as one edit.
 */

/** The indices of the steps that name a branch, in the view or in a reading of the prediction. */
export function stepsNamingABranch(draft: LessonDraft): readonly number[] {
  return draft.steps.flatMap((step, i) => (namesABranch(step) ? [i] : []))
}

function namesABranch(step: LessonStep): boolean {
  if (step.view?.branch !== undefined) return true
  const query = step.predict?.query
  return (
    query !== undefined &&
    queryPartsAt(query, '').some(([part]) => isReader(part) && part.branch !== undefined)
  )
}

/**
 * The steps moved to the one scenario left: they show it and their readings read it. A prediction
 * asking when the branches part still has no answer there; the checks go on naming it.
 */
export function moveToRemainingBranch(draft: LessonDraft): LessonDraft {
  return { ...draft, steps: draft.steps.map(onOneScenario) }
}

function onOneScenario(step: LessonStep): LessonStep {
  if (!namesABranch(step)) return step
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
