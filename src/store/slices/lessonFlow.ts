import type { Lesson } from '../../lessons'
import type { AppSlice, AppState } from '../appStore'
import { lessonBranchState, withStepShown } from '../lessonStep'
import type { LoadResult, Transition } from '../opening'
import { makeOpener } from '../opening'
import type { Stash } from './lessonSession'
import { clampStep, newLessonSession, reopeningOf } from './lessonSession'
import type { Notice } from './notices'
import { withNotice } from './notices'

/** A message to say along with an opening. */
export interface NoticeText {
  readonly tone: Notice['tone']
  readonly text: string
}

/** How a lesson opens: where, what "Back to my scenario" puts back, and what is said with it. */
export interface LessonOpening {
  /** The session's key: the lesson's id, marked when it is one of the user's own. */
  readonly key: string
  /** The step it opens at (0-based, clamped to the lesson). */
  readonly step: number
  readonly stash: Stash
  /** Presenter mode on as it opens (a preview as the class will see it). */
  readonly presenting?: boolean
  /** Said in the same change, whether the lesson opens or is refused. */
  readonly notices?: readonly NoticeText[]
  /** Said in the same change when the lesson opens. */
  readonly noticesWhenOpened?: readonly NoticeText[]
}

/**
 * Moving into, through and out of a lesson. Each is one change of the store: the lesson's
 * scenario (both branches of it), its session and the step's view appear together, and leaving
 * puts back what the user had in the same change that ends the session.
 */
export interface LessonFlowActions {
  /** Opens `lesson` with its own scenario, replacing any lesson open; not an edit of the user's. */
  openLesson: (lesson: Lesson, opening: LessonOpening) => Promise<LoadResult>
  /** Moves the open lesson to step `index` (clamped) and shows it, saying `notices` with it. */
  goToLessonStep: (lesson: Lesson, index: number, notices?: readonly NoticeText[]) => void
  /**
   * Back from exploring to the lesson's own scenario, at step `index` (default: where it was),
   * saying `notices` with it (or with the refusal).
   */
  resumeLesson: (
    lesson: Lesson,
    index?: number,
    notices?: readonly NoticeText[],
  ) => Promise<LoadResult>
  /** Ends the lesson and puts back what the user had before it, both branches if there were two. */
  backToMyScenario: () => Promise<void>
  /** Ends the lesson, keeping its scenario on screen (both branches) as the user's, saved as the draft. */
  keepAsMyScenario: () => Promise<void>
}

function withNotices(state: AppState, notices: readonly NoticeText[] = []): AppState {
  return notices.reduce(
    (next, { tone, text }) => ({ ...next, notices: withNotice(next.notices, tone, text) }),
    state,
  )
}

/** An error that an opening was refused, said after the notices said with it either way. */
function refusedSaying(notices: readonly NoticeText[] = [], text: string): Transition {
  return (state) => withNotices(state, [...notices, { tone: 'error', text }])
}

export const createLessonFlowSlice: AppSlice<LessonFlowActions> = (set, get) => {
  const open = makeOpener(set, get)
  /**
   * Opens the lesson's own scenario, both branches when it has two, at step `index`, with
   * `notices` said either way and `refusal` naming what could not be done.
   */
  const openOwnScenario = (
    lesson: Lesson,
    index: number,
    notices: readonly NoticeText[] | undefined,
    then: Transition,
    refusal: string,
  ): Promise<LoadResult> =>
    open({
      scenario: lesson.scenario,
      branch: lessonBranchState(lesson),
      options: { cursor: lesson.steps[index]?.at ?? 0 },
      opened: (state) => {
        const next = then(withNotices(state, notices))
        return withStepShown(next, lesson, next.lessonSession?.step ?? 0)
      },
      refused: (reason) =>
        refusedSaying(notices, `The lesson "${lesson.title}" ${refusal}: ${reason}`),
    })
  return {
    openLesson: (lesson, opening) => {
      const step = clampStep(opening.step, lesson.steps.length)
      const { key, stash, presenting, notices, noticesWhenOpened } = opening
      return openOwnScenario(
        lesson,
        step,
        notices,
        (state) =>
          withNotices(
            {
              ...state,
              lessonSession: newLessonSession(key, lesson.steps.length, step, stash),
              presenting: presenting ?? state.presenting,
            },
            noticesWhenOpened,
          ),
        'could not be opened',
      )
    },
    goToLessonStep: (lesson, index, notices) => {
      const state = withNotices(get(), notices)
      const session = state.lessonSession
      if (session === null) return
      const step = clampStep(index, session.stepCount)
      set(withStepShown({ ...state, lessonSession: { ...session, step } }, lesson, step))
    },
    resumeLesson: (lesson, index, notices) => {
      const session = get().lessonSession
      const step = clampStep(index ?? session?.step ?? 0, lesson.steps.length)
      return openOwnScenario(
        lesson,
        step,
        notices,
        (state) => {
          const { lessonSession: session } = state
          return session === null
            ? state
            : { ...state, lessonSession: { ...session, step, exploring: false } }
        },
        'could not be reopened',
      )
    },
    backToMyScenario: async () => {
      const session = get().lessonSession
      if (session === null) return
      await open({
        ...reopeningOf(session.stash, { endsLesson: true }),
        // The user asked to leave the lesson: it ends even when their scenario is refused.
        refused: (reason) => (state) =>
          refusedSaying([], reason)({ ...state, lessonSession: null }),
      })
    },
    keepAsMyScenario: async () => {
      const { scenario, branch, cursor, topic, partition } = get()
      // An edit-load, so it is saved as the draft, replacing the old one: the user asked for this.
      await open({
        scenario,
        branch,
        options: { cursor, topic, partition, isEdit: true, endsLesson: true },
      })
    },
  }
}
