import { holdOne, holdTwo } from '../derive/cache'
import type { Prepared } from '../derive/prepare'
import {
  browserPacing,
  prepareInSlices,
  prepareScenario,
  startPreparation,
} from '../derive/prepare'
import { topicChoicesOf } from '../derive/simulation'
import { hasPartition } from '../derive/topicChoices'
import type { Scenario } from '../scenario/schema'
import type { AppActions, AppState } from './appStore'
import type { BranchState } from './branchState'
import { emptyHistory } from './editHistory'
import { withNotice } from './slices/notices'
import { clampCursor } from './slices/playback'
import { firstPartition } from './slices/selection'

/**
 * A scenario being opened with progress shown: a long link being read and checked (`reading`,
 * before its scenario is known), or a heavy link or file being computed (what the bar shows).
 */
export type Computing =
  | { readonly stage: 'reading' }
  | {
      readonly stage: 'computing'
      readonly name: string
      /** The share of the scenario's simulated time computed so far, from 0 to 1. */
      readonly fraction: number
    }

/**
 * How opening a scenario ended: opened; cancelled (by Cancel, or by another opening started
 * meanwhile); or refused, with the reason for the caller to say.
 */
export type LoadResult = 'opened' | 'cancelled' | { readonly refused: string }

/** Where a scenario opens: at a time, on a partition; `isEdit` saves it as the user's draft. */
export interface LoadOptions {
  readonly cursor?: number
  readonly topic?: string
  readonly partition?: number
  readonly isEdit?: boolean
  /**
   * The scenario replaces an open lesson (a file, a scenario link): the lesson ends in the same
   * change that opens the scenario, and stays as it was when the scenario is refused.
   */
  readonly endsLesson?: boolean
}

/** A whole next state computed from the state before: the parts of one change. */
export type Transition = (state: AppState) => AppState

/**
 * One opening: the scenario (and the other branch beside it, when given), where it opens, and
 * what else changes with it. Whatever happens, subscribers see one change: the scenario on
 * screen with all of `opened`, or the state before with all of `refused`.
 */
export interface Opening {
  readonly scenario: Scenario
  readonly branch?: BranchState | null
  readonly options?: LoadOptions
  /** The rest of the change once the scenario is on screen (a lesson's session and step). */
  readonly opened?: Transition
  /** The change instead when the scenario is refused, given the reason (a notice). */
  readonly refused?: (reason: string) => Transition
}

type SetState = (partial: Partial<AppState & AppActions>) => void
type GetState = () => AppState & AppActions

/** Bumped by every opening, so a superseded opening knows it is stale. */
let openingToken = 0
/** Whether the opening under way ends a lesson: Cancel's default scenario then ends it too. */
let pendingEndsLesson = false

/**
 * Changes with every opening: an opening that was waiting (a link being read) and finds it changed
 * has been superseded, by Cancel (which opens the default scenario) or by another opening.
 */
export function openingGeneration(): number {
  return openingToken
}

/** Whether the opening under way would end an open lesson (see `LoadOptions.endsLesson`). */
export function pendingOpeningEndsLesson(): boolean {
  return pendingEndsLesson
}

/** `state` with `scenario` on screen, alone: its time, the partition asked for (if it has one). */
export function withScenarioOnScreen(
  state: AppState,
  scenario: Scenario,
  options: LoadOptions,
): AppState {
  const choices = topicChoicesOf(scenario)
  const topic = choices.find((t) => t.name === options.topic)?.name
  const partition = options.partition ?? 0
  return {
    ...state,
    scenario,
    branch: null,
    cursor: clampCursor(scenario, options.cursor ?? 0),
    playing: false,
    topic: topic ?? firstPartition(scenario).topic,
    partition: topic !== undefined && hasPartition(choices, topic, partition) ? partition : 0,
    selectedOffset: null,
    storeJob: null,
    logWindow: null,
    history: emptyHistory(),
    editCount: state.editCount + (options.isEdit === true ? 1 : 0),
    lessonSession: options.endsLesson === true ? null : state.lessonSession,
  }
}

/**
 * Caches the other branch beside `scenario` (built from its keyframes): null when it is, else the
 * reason it is not, with only `scenario` kept.
 */
export function cacheOtherBranch(scenario: Scenario, branch: BranchState): string | null {
  holdOne(scenario)
  holdTwo()
  const other = prepareScenario(branch.other)
  if (other.ok) return null
  holdOne(scenario)
  return other.message
}

/**
 * Makes the store's `open`: computes the scenario (in slices, with `computing` showing progress,
 * when it is heavy) and then makes the whole change at once. Over the work budget, the other
 * branch alone is dropped with a notice; the scenario itself refused changes nothing but `refused`.
 */
export function makeOpener(
  set: SetState,
  get: GetState,
): (opening: Opening) => Promise<LoadResult> {
  return (opening) => {
    const { scenario, options = {} } = opening
    const token = ++openingToken
    pendingEndsLesson = options.endsLesson === true
    const isCurrent = (): boolean => token === openingToken
    const pacing = browserPacing(
      (fraction) => {
        if (isCurrent()) set({ computing: { stage: 'computing', name: scenario.name, fraction } })
      },
      () => !isCurrent(),
    )
    const finish = (prepared: Prepared | 'cancelled'): LoadResult => {
      if (prepared === 'cancelled' || !isCurrent()) return 'cancelled'
      pendingEndsLesson = false
      const wasComputing = get().computing !== null
      const before: AppState = { ...get(), computing: null }
      if (!prepared.ok) {
        const instead = opening.refused?.(prepared.message)(before)
        if (instead !== undefined || wasComputing) set(instead ?? before)
        return { refused: prepared.message }
      }
      holdOne(scenario)
      const branch = opening.branch ?? null
      const notMade = branch === null ? null : cacheOtherBranch(scenario, branch)
      const alone = withScenarioOnScreen(before, scenario, options)
      const shown =
        branch === null
          ? alone
          : notMade === null
            ? { ...alone, branch }
            : {
                ...alone,
                notices: withNotice(
                  alone.notices,
                  'error',
                  `The branches were not made: ${notMade}`,
                ),
              }
      set(opening.opened?.(shown) ?? shown)
      return 'opened'
    }
    const outcome = prepareInSlices(startPreparation(scenario), pacing)
    return outcome instanceof Promise ? outcome.then(finish) : Promise.resolve(finish(outcome))
  }
}
