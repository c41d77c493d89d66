import { create } from 'zustand'
import type { Scenario } from '../scenario/schema'
import { useAppStore } from './appStore'
import type { BranchState } from './branchState'

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

/** What is on screen now, both branches included, to put back when the user leaves a lesson. */
export function currentStash(): Stash {
  const { scenario, branch, cursor, topic, partition } = useAppStore.getState()
  return { scenario, branch, cursor, topic, partition }
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

interface LessonSessionState {
  readonly session: LessonSession | null
  readonly begin: (lessonId: string, stepCount: number, step: number, stash: Stash) => void
  /** Moves to `step`, clamped to the lesson; returns whether it moved. */
  readonly goTo: (step: number) => boolean
  readonly guess: (step: number, choice: string) => void
  /** Counts one more vote of the class for `choice` (0-based) at prediction step `step`. */
  readonly vote: (step: number, choice: number) => void
  /** Takes back the last vote counted at `step`, if any. */
  readonly unvote: (step: number) => void
  readonly setExploring: (exploring: boolean) => void
  readonly setShowFuture: (showFuture: boolean) => void
  readonly end: () => void
}

function clampStep(step: number, stepCount: number): number {
  return Math.max(0, Math.min(stepCount - 1, Math.floor(step)))
}

/** Plain zustand (no Immer): the stash holds a whole scenario, which must not be deep-frozen again. */
export const useLessonSession = create<LessonSessionState>()((set, get) => {
  const update = (change: Partial<LessonSession>): void => {
    const { session } = get()
    if (session !== null) set({ session: { ...session, ...change } })
  }
  return {
    session: null,
    begin: (lessonId, stepCount, step, stash) => {
      set({
        session: {
          lessonId,
          stepCount,
          step: clampStep(step, stepCount),
          exploring: false,
          showFuture: false,
          guesses: {},
          votes: {},
          stash,
        },
      })
    },
    goTo: (step) => {
      const { session } = get()
      if (session === null) return false
      const next = clampStep(step, session.stepCount)
      if (next === session.step) return false
      update({ step: next })
      return true
    },
    guess: (step, choice) => {
      const { session } = get()
      if (session !== null) update({ guesses: { ...session.guesses, [step]: choice } })
    },
    vote: (step, choice) => {
      const { session } = get()
      if (session === null) return
      update({ votes: { ...session.votes, [step]: [...(session.votes[step] ?? []), choice] } })
    },
    unvote: (step) => {
      const { session } = get()
      if (session === null) return
      update({ votes: { ...session.votes, [step]: (session.votes[step] ?? []).slice(0, -1) } })
    },
    setExploring: (exploring) => {
      // Exploring means editing, which presenter mode hides: exploring ends it.
      if (exploring) useAppStore.getState().setPresenting(false)
      update({ exploring })
    },
    setShowFuture: (showFuture) => {
      update({ showFuture })
    },
    end: () => {
      set({ session: null })
    },
  }
})

/** Whether a lesson is being followed (not left to explore): its link is the page's link. */
export function followedLesson(session: LessonSession | null): LessonSession | null {
  return session !== null && !session.exploring ? session : null
}
