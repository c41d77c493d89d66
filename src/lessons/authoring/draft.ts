import type { LessonDocument, LessonStep, Prediction, StepView } from '../format/schema'
import { lessonVersionFor } from '../format/version'
import type { Branches } from '../../scenario/branches/branches'
import { documentJson, type ScenarioDocument } from '../../scenario/branches/scenarioDocument'
import { toWireForm } from '../../scenario/link/wireForm'

/**
 * A lesson being written: the document's fields except the scenario, which is the one on screen
 * when it is previewed or saved. Every change makes a new draft (undo keeps the old ones).
 */
export interface LessonDraft {
  /** Made once when writing starts, so saving again replaces the same lesson in Your lessons. */
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly minutes: number
  readonly steps: readonly LessonStep[]
}

export function newDraft(id: string): LessonDraft {
  return { id, title: '', summary: '', minutes: 5, steps: [] }
}

/** An id made from the time writing started: unique in this browser, valid as a lesson id. */
export function draftId(now: number): string {
  return `lesson-${now.toString(36)}`
}

/** Where a step is: the cursor's time and the partition (and record) on screen. */
export interface StepPlace {
  readonly at: number
  readonly view: StepView
}

export function addStep(draft: LessonDraft, place: StepPlace): LessonDraft {
  const step: LessonStep = { ...place, title: `Step ${draft.steps.length + 1}`, text: '' }
  return { ...draft, steps: [...draft.steps, step] }
}

export function changeStep(
  draft: LessonDraft,
  index: number,
  change: Partial<LessonStep>,
): LessonDraft {
  return {
    ...draft,
    steps: draft.steps.map((step, i) => (i === index ? { ...step, ...change } : step)),
  }
}

/** Asks `prediction` at step `index`, or asks nothing there when it is undefined. */
export function setPrediction(
  draft: LessonDraft,
  index: number,
  prediction: Prediction | undefined,
): LessonDraft {
  return {
    ...draft,
    steps: draft.steps.map((step, i) => {
      if (i !== index) return step
      const { predict: _dropped, ...rest } = step
      return prediction === undefined ? rest : { ...rest, predict: prediction }
    }),
  }
}

/** Moves step `index` one place earlier (-1) or later (+1); nothing past either end. */
export function moveStep(draft: LessonDraft, index: number, by: -1 | 1): LessonDraft {
  const to = index + by
  const moved = draft.steps[index]
  const other = draft.steps[to]
  if (moved === undefined || other === undefined) return draft
  const steps = [...draft.steps]
  steps[to] = moved
  steps[index] = other
  return { ...draft, steps }
}

export function deleteStep(draft: LessonDraft, index: number): LessonDraft {
  return { ...draft, steps: draft.steps.filter((_, i) => i !== index) }
}

/**
 * The draft as a lesson document over the scenario on screen (both its branches when it has two),
 * as a file or link would carry it. Which branch was on screen is left out: a lesson opens on A
 * and each step selects the branch it was recorded on.
 */
export function draftDocument(draft: LessonDraft, on: ScenarioDocument): LessonDocument {
  const branches = on.branches === null ? null : withoutSelection(on.branches)
  return {
    kind: 'lesson',
    version: lessonVersionFor(branches !== null),
    ...draft,
    steps: [...draft.steps],
    scenario: documentJson({ scenario: on.scenario, branches }, toWireForm),
  }
}

function withoutSelection(branches: Branches): Branches {
  const { selected: _onScreen, ...rest } = branches
  return rest
}

/** Changes the lesson's own fields (title, summary, minutes). */
export function changeDraft(
  draft: LessonDraft,
  change: Partial<Pick<LessonDraft, 'title' | 'summary' | 'minutes'>>,
): LessonDraft {
  return { ...draft, ...change }
}
