import type { Scenario } from '../../scenario/schema'
import type { AppSlice, AppState } from '../appStore'
import type { BranchState } from '../branchState'
import type { LoadOptions } from '../opening'

/** What the user had before a lesson opened; "Back to my scenario" puts it back. */
export interface Stash {
  /** The scenario on screen: with two branches, the selected one's. */
  readonly scenario: Scenario
  /** The other branch and which one was selected, when two were on screen; else null. */
  readonly branch: BranchState | null
  readonly cursor: number
  readonly topic: string
  readonly partition: number
}

/**
 * A lesson in progress. The lesson itself (text, predictions) is looked up by id in lazily loaded
 * code; the session holds only where the user is and what they chose.
 */
export interface LessonSession {
  readonly lessonId: string
  readonly stepCount: number
  /** 0-based; the player shows `step + 1`. */
  readonly step: number
  /** Left to explore the lesson's scenario freely; the lesson can be resumed. */
  readonly exploring: boolean
  /**
   * The user chose to see what happens after the cursor before the lesson's predictions are
   * revealed (off by default: a lesson keeps its answers out of sight until the reveal).
   */
  readonly showFuture: boolean
  /** The choice made at each prediction step, by step index. */
  readonly guesses: Readonly<Record<number, string>>
  /** The class's votes at each prediction step (choice indices, in the order counted). */
  readonly votes: Readonly<Record<number, readonly number[]>>
  readonly stash: Stash
}

export interface LessonSessionState {
  /** The lesson being followed or explored; null outside lessons. */
  readonly lessonSession: LessonSession | null
}

export interface LessonSessionActions {
  beginLesson: (lessonId: string, stepCount: number, step: number, stash: Stash) => void
  /** Moves to `step`, clamped to the lesson; returns whether it moved. */
  setLessonStep: (step: number) => boolean
  guess: (step: number, choice: string) => void
  /** Counts one more vote of the class for `choice` (0-based) at prediction step `step`. */
  vote: (step: number, choice: number) => void
  /** Takes back the last vote counted at `step`, if any. */
  unvote: (step: number) => void
  setExploring: (exploring: boolean) => void
  setShowFuture: (showFuture: boolean) => void
  endLesson: () => void
}

/** What is on screen in `state`, both branches included, to put back when a lesson ends. */
export function stashOf(state: AppState): Stash {
  const { scenario, branch, cursor, topic, partition } = state
  return { scenario, branch, cursor, topic, partition }
}

/** How to open `stash` again, where it was, with `options` beside (an `Opening`'s parts). */
export function reopeningOf(
  stash: Stash,
  options: Omit<LoadOptions, 'cursor' | 'topic' | 'partition'> = {},
): { scenario: Scenario; branch: BranchState | null; options: LoadOptions } {
  const { scenario, branch, cursor, topic, partition } = stash
  return { scenario, branch, options: { ...options, cursor, topic, partition } }
}

/** Whether a lesson is being followed (not left to explore): its link is the page's link. */
export function followedLesson(session: LessonSession | null): LessonSession | null {
  return session !== null && !session.exploring ? session : null
}

export function clampStep(step: number, stepCount: number): number {
  return Math.max(0, Math.min(stepCount - 1, Math.floor(step)))
}

/** A lesson just begun at `step` (clamped), nothing guessed yet; `stash` is what was on screen. */
export function newLessonSession(
  lessonId: string,
  stepCount: number,
  step: number,
  stash: Stash,
): LessonSession {
  return {
    lessonId,
    stepCount,
    step: clampStep(step, stepCount),
    exploring: false,
    showFuture: false,
    guesses: {},
    votes: {},
    stash,
  }
}

/**
 * The session is replaced whole with plain `set` (no Immer draft): its stash holds a whole
 * scenario, which need not be copied or walked on every vote.
 */
export const createLessonSessionSlice: AppSlice<LessonSessionActions> = (set, get) => {
  const update = (change: Partial<LessonSession>): void => {
    const session = get().lessonSession
    if (session !== null) set({ lessonSession: { ...session, ...change } })
  }
  return {
    beginLesson: (lessonId, stepCount, step, stash) => {
      set({ lessonSession: newLessonSession(lessonId, stepCount, step, stash) })
    },
    setLessonStep: (step) => {
      const session = get().lessonSession
      if (session === null) return false
      const next = clampStep(step, session.stepCount)
      if (next === session.step) return false
      update({ step: next })
      return true
    },
    guess: (step, choice) => {
      const session = get().lessonSession
      if (session !== null) update({ guesses: { ...session.guesses, [step]: choice } })
    },
    vote: (step, choice) => {
      const session = get().lessonSession
      if (session === null) return
      update({ votes: { ...session.votes, [step]: [...(session.votes[step] ?? []), choice] } })
    },
    unvote: (step) => {
      const session = get().lessonSession
      if (session === null) return
      update({ votes: { ...session.votes, [step]: (session.votes[step] ?? []).slice(0, -1) } })
    },
    setExploring: (exploring) => {
      const session = get().lessonSession
      if (session === null) return
      // Exploring means editing, which presenter mode hides: exploring ends it, in the same change.
      set({
        lessonSession: { ...session, exploring },
        ...(exploring ? { presenting: false } : {}),
      })
    },
    setShowFuture: (showFuture) => {
      update({ showFuture })
    },
    endLesson: () => {
      set({ lessonSession: null })
    },
  }
}
