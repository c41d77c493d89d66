import type { Lesson } from '../../lessons'
import type { LoadOptions, LoadResult } from '../../store/appStore'
import { useAppStore } from '../../store/appStore'
import { loadWithBranches, selectBranch } from '../../store/branchActions'
import type { BranchState } from '../../store/branchState'
import { lessonKey } from './myLessons'
import { stepPartition } from './stepView'
import type { Stash } from '../../store/slices/lessonSession'

/** Moves the app to step `index`: the cursor to its time, its partition and record shown. */
function showStep(lesson: Lesson, index: number): void {
  const step = lesson.steps[index]
  if (step === undefined) return
  const app = useAppStore.getState()
  app.pause()
  app.seek(step.at)
  const shown = stepPartition(step.view, app.scenario)
  if (shown !== null && (shown.topic !== app.topic || shown.partition !== app.partition)) {
    app.selectPartition(shown.topic, shown.partition)
  }
  if (step.view?.inspectOffset !== undefined) app.selectOffset(step.view.inspectOffset)
  if (step.view?.job !== undefined) app.selectStoreJob(step.view.job)
  // A comparison belongs to its step: the next one shows one store again unless it asks too.
  app.selectCompareStoreJob(step.view?.compareJob ?? null)
  // Over two branches, each step shows the branch it names (A unless it says B).
  if (lesson.branched !== null) selectBranch(step.view?.branch ?? 'a')
}

/** Both branches of a lesson over two, as the app keeps them, A on screen; else null. */
function lessonBranchState(lesson: Lesson): BranchState | null {
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

/** Opens the lesson's own scenario, both branches of it when it has two. */
function openLessonScenario(lesson: Lesson, options: LoadOptions): Promise<LoadResult> {
  return loadWithBranches(lesson.scenario, lessonBranchState(lesson), options)
}

/** Moves the lesson to step `index` (clamped) and shows it. */
export function goToStep(lesson: Lesson, index: number): void {
  useAppStore.getState().setLessonStep(index)
  showStep(lesson, useAppStore.getState().lessonSession?.step ?? 0)
}

/**
 * Opens `lesson` at step `index` with its own scenario. It is not an edit, so the saved draft is
 * not touched; `stash` is what "Back to my scenario" restores.
 */
export async function startLesson(
  lesson: Lesson,
  index: number,
  stash: Stash,
  own = false,
): Promise<void> {
  const app = useAppStore.getState()
  const result = await openLessonScenario(lesson, { cursor: lesson.steps[index]?.at ?? 0 })
  if (typeof result === 'object') {
    app.notify('error', `The lesson "${lesson.title}" could not be opened: ${result.refused}`)
  }
  if (result !== 'opened') return
  useAppStore.getState().beginLesson(lessonKey(lesson, own), lesson.steps.length, index, stash)
  showStep(lesson, index)
}

/** Back from exploring to the lesson's own scenario, at the step it was left at. */
export async function resumeLesson(lesson: Lesson): Promise<void> {
  const app = useAppStore.getState()
  const result = await openLessonScenario(lesson, {})
  if (typeof result === 'object') {
    app.notify('error', `The lesson "${lesson.title}" could not be reopened: ${result.refused}`)
  }
  if (result !== 'opened') return
  useAppStore.getState().setExploring(false)
  showStep(lesson, useAppStore.getState().lessonSession?.step ?? 0)
}

/** Ends the lesson and puts back what the user had before it, both branches if there were two. */
export async function backToMyScenario(): Promise<void> {
  const { lessonSession: session, endLesson } = useAppStore.getState()
  if (session === null) return
  const { scenario, branch, cursor, topic, partition } = session.stash
  endLesson()
  const result = await loadWithBranches(scenario, branch, { cursor, topic, partition })
  if (typeof result === 'object') useAppStore.getState().notify('error', result.refused)
}

/**
 * Ends the lesson, keeping the scenario on screen (both branches, if two) as the user's own,
 * saved as their draft.
 */
export async function keepAsMyScenario(): Promise<void> {
  const { scenario, branch, cursor, topic, partition } = useAppStore.getState()
  useAppStore.getState().endLesson()
  // An edit-load, so it is saved as the draft, replacing the old one: the user asked for this.
  await loadWithBranches(scenario, branch, { cursor, topic, partition, isEdit: true })
}
