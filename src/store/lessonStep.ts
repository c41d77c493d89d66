import type { Lesson, StepView } from '../lessons'
import type { Scenario } from '../scenario/schema'
import { topicChoicesOf } from '../derive/simulation'
import { hasPartition } from '../derive/topicChoices'
import type { AppState } from './appStore'
import type { BranchState } from './branchState'
import { withBranchSelected } from './slices/branches'
import { withCursorAt } from './slices/playback'

/**
 * The partition a step shows, when the scenario ever has it (its own topics and those its jobs
 * create); a lesson written for another scenario shows what it can.
 */
export function stepPartition(
  view: StepView | undefined,
  scenario: Scenario,
): { topic: string; partition: number } | null {
  if (view?.topic === undefined) return null
  const { topic } = view
  const partition = view.partition ?? 0
  return hasPartition(topicChoicesOf(scenario), topic, partition) ? { topic, partition } : null
}

/**
 * `state` showing step `index` of `lesson`: paused at its time, its partition, record and stores
 * shown, over two branches the branch it names. The same state when the lesson has no such step.
 */
export function withStepShown(state: AppState, lesson: Lesson, index: number): AppState {
  const step = lesson.steps[index]
  if (step === undefined) return state
  const { view } = step
  let next: AppState = { ...withCursorAt(state, step.at), playing: false }
  const shown = stepPartition(view, next.scenario)
  if (shown !== null && (shown.topic !== next.topic || shown.partition !== next.partition)) {
    next = { ...next, ...shown, selectedOffset: null, logWindow: null }
  }
  next = {
    ...next,
    selectedOffset: view?.inspectOffset ?? next.selectedOffset,
    storeJob: view?.job ?? next.storeJob,
    // A comparison belongs to its step: the next one shows one store again unless it asks too.
    compareStoreJob: view?.compareJob ?? null,
    stepWords: [step.text, lesson.steps[index - 1]?.predict?.lookAt ?? ''].join('\n'),
  }
  // Over two branches, each step shows the branch it names (A unless it says B).
  return lesson.branched === null ? next : withBranchSelected(next, view?.branch ?? 'a')
}

/** Both branches of a lesson over two, as the app keeps them, A on screen; else null. */
export function lessonBranchState(lesson: Lesson): BranchState | null {
  const { branched } = lesson
  if (branched === null) return null
  const { branches } = branched
  return {
    forkAtMs: branches.forkAtMs,
    names: { a: branches.a.name, b: branches.b.name },
    selected: 'a',
    shared: branched.scenario.actions.length,
    other: branched.b,
  }
}
