import { create, type StateCreator } from 'zustand'
import { immer } from 'zustand/middleware/immer'
import { defaultScenario } from '../scenario/builtin'
import type { JobInput } from '../scenario/edit'
import { withoutAction } from '../scenario/withoutAction'
import { describeProblems, type Result } from '../scenario/problems'
import type { Scenario } from '../scenario/schema'
import { describeAction, jobKey, type ScenarioAction } from '../sim'
import { prepareScenario } from '../derive/prepare'
import { actionOutcome } from '../derive/actionOutcome'
import { eventsOf } from '../derive/simulation'
import type { BranchState } from './branchState'
import { beforeForkMessage, indexWhenAdded, sayOutcome } from './actionMessages'
import { withSharedSetup } from './branchState'
import { formatSimTime } from '../derive/scene/format'
import {
  createSelectionSlice,
  initialSelection,
  type SelectionActions,
  type SelectionState,
} from './slices/selection'
import { emptyHistory, recordEdit, redoEdit, undoEdit, type EditHistory } from './editHistory'
import { createThemeSlice, initialTheme, type ThemeActions, type ThemeState } from './slices/theme'
import { createNoticesSlice, type NoticesActions, type NoticesState } from './slices/notices'
import {
  createInvitationSlice,
  type InvitationActions,
  type InvitationState,
} from './slices/invitation'
import {
  createPresenterSlice,
  type PresenterActions,
  type PresenterState,
} from './slices/presenter'
import {
  createLessonSessionSlice,
  stashOf,
  type LessonSessionActions,
  type LessonSessionState,
  type Stash,
} from './slices/lessonSession'
import {
  createLessonAuthoringSlice,
  initialLessonAuthoring,
  type LessonAuthoringActions,
  type LessonAuthoringState,
} from './slices/lessonAuthoring'
import {
  createPlaybackSlice,
  initialPlayback,
  type PlaybackActions,
  type PlaybackState,
} from './slices/playback'
import { createOpeningSlice, type OpeningActions, type OpeningState } from './slices/opening'
import { createBranchSlice, type BranchActions } from './slices/branches'
import { createLessonFlowSlice, type LessonFlowActions } from './slices/lessonFlow'

/** Where an action comes from: the user, at the cursor; the store adds the time. */
export type ActionAtCursor = ScenarioAction extends infer A
  ? A extends ScenarioAction
    ? Omit<A, 'at'>
    : never
  : never

/**
 * What the UI is doing, and nothing derived: the scenario being edited, the cursor, playback, the
 * selection, open panels, notices, presenter mode, the theme, the lesson followed and the lesson
 * being written. The world is
 * `worldAt(scenario, cursor)` (derive/simulation.ts).
 */
export interface AppState
  extends
    SelectionState,
    NoticesState,
    ThemeState,
    InvitationState,
    PresenterState,
    LessonSessionState,
    LessonAuthoringState,
    PlaybackState,
    OpeningState {
  readonly scenario: Scenario
  readonly helpOpen: boolean
  /** Bumped by edits the user makes (not by opening a link), so only those save the draft. */
  readonly editCount: number
  /**
   * The user's edits of this scenario, to undo and redo. Opening another scenario (a link, a
   * lesson, a file, the draft, back to my scenario) starts a new one: its edits were made to a
   * scenario no longer on screen, and leaving a lesson or a link has its own way back.
   */
  readonly history: EditHistory<Scenario>
  /** Two branches on screen (`scenario` is the selected one's), or null for one scenario. */
  readonly branch: BranchState | null
}

export interface AppActions
  extends
    SelectionActions,
    NoticesActions,
    ThemeActions,
    InvitationActions,
    PresenterActions,
    LessonSessionActions,
    LessonAuthoringActions,
    PlaybackActions,
    OpeningActions,
    BranchActions,
    LessonFlowActions {
  setHelpOpen: (open: boolean) => void
  /**
   * Adds `action` at the cursor; the engine's refusal, if any, becomes a notice. Resolves once it
   * is done: the edit is checked by the scenario schemas, which load on first use.
   */
  act: (action: ActionAtCursor) => Promise<void>
  /** Adds `job` to the scenario and starts it at the cursor (a `job.start` action). */
  startNewJob: (job: JobInput) => Promise<void>
  removeAction: (index: number) => void
  /** Takes back the last edit of the scenario (the cursor stays); false when there is none. */
  undo: () => boolean
  /** Makes the last undone edit again; false when there is none. */
  redo: () => boolean
}

/** A slice of the app store: its actions, made with the whole store's `set` and `get`. */
export type AppSlice<Actions> = StateCreator<
  AppState & AppActions,
  [['zustand/immer', never]],
  [],
  Actions
>

export function initialAppState(scenario: Scenario = defaultScenario): AppState {
  return {
    scenario,
    ...initialPlayback,
    ...initialSelection(scenario),
    helpOpen: false,
    notices: [],
    editCount: 0,
    computing: null,
    history: emptyHistory(),
    branch: null,
    ...initialTheme(),
    invitationOpen: false,
    presenting: false,
    lessonSession: null,
    ...initialLessonAuthoring(),
  }
}

export const useAppStore = create<AppState & AppActions>()(
  immer((set, get, store) => {
    const notices = createNoticesSlice(set, get, store)
    const { notify, tellAboutAction } = notices
    /**
     * Swaps in an edited scenario whose timeline is ready; the cursor stays where it is. `history`
     * is what undo and redo offer afterwards (by default: this edit, named `label`, can be undone).
     */
    const commitEdit = (
      next: Scenario,
      label: string,
      history = recordEdit(get().history, get().scenario, label),
    ): boolean => {
      const prepared = prepareScenario(next, get().scenario)
      if (!prepared.ok) {
        notify('error', prepared.message)
        return false
      }
      const { branch } = get()
      const nextBranch = branch === null ? null : withSharedSetup(next, branch)
      if (nextBranch !== null && nextBranch !== branch) {
        const other = prepareScenario(nextBranch.other, branch?.other)
        if (!other.ok) {
          notify('error', other.message)
          return false
        }
      }
      set({ scenario: next, branch: nextBranch, editCount: get().editCount + 1, history })
      return true
    }
    /** Undo or redo: the scenario the history gives back, with the history after the move. */
    const travel = (step: typeof undoEdit<Scenario>): boolean => {
      const moved = step(get().history, get().scenario)
      return moved !== null && commitEdit(moved.value, '', moved.history)
    }
    const at = (time: number): string => formatSimTime(time)

    /**
     * Commits a scenario with `action` added; a problem, the engine's refusal, or an action that
     * changed nothing becomes a notice.
     */
    const commitAction = (action: ScenarioAction, next: Result<Scenario>): void => {
      if (!next.ok) {
        tellAboutAction('error', `That action is not valid: ${describeProblems(next.problems)}.`)
        return
      }
      const { branch } = get()
      if (branch !== null && action.at < branch.forkAtMs) {
        notify('error', beforeForkMessage(branch))
        return
      }
      const index = indexWhenAdded(get().scenario, action)
      if (!commitEdit(next.value, `add ${describeAction(action)} at ${at(action.at)}`)) return
      const said = sayOutcome(action, actionOutcome(eventsOf(next.value), index))
      tellAboutAction(said?.tone ?? 'info', said?.text ?? null)
    }

    return {
      ...initialAppState(),
      ...createSelectionSlice(set, get, store),
      ...notices,
      ...createThemeSlice(set, get, store),
      ...createInvitationSlice(set, get, store),
      ...createPresenterSlice(set, get, store),
      ...createLessonSessionSlice(set, get, store),
      ...createLessonAuthoringSlice(set, get, store),
      ...createPlaybackSlice(set, get, store),
      ...createOpeningSlice(set, get, store),
      ...createBranchSlice(set, get, store),
      ...createLessonFlowSlice(set, get, store),
      setHelpOpen: (open) => {
        set((s) => {
          s.helpOpen = open
        })
      },
      act: async (action) => {
        const at = Math.floor(get().cursor)
        const full = { ...action, at } as ScenarioAction
        const { withAction } = await import('../scenario/edit')
        commitAction(full, withAction(get().scenario, full))
      },
      startNewJob: async (job) => {
        const at = Math.floor(get().cursor)
        const start: ScenarioAction = {
          type: 'job.start',
          at,
          job: jobKey({ 'job.name': job['job.name'], 'job.id': job['job.id'] ?? '1' }),
          set: {},
        }
        const { withNewJob } = await import('../scenario/edit')
        commitAction(start, withNewJob(get().scenario, job, start))
      },
      removeAction: (index) => {
        const action = get().scenario.actions[index]
        if (action === undefined) return
        const { branch } = get()
        if (branch !== null && index < branch.shared) {
          notify('error', beforeForkMessage(branch))
          return
        }
        commitEdit(
          withoutAction(get().scenario, index),
          `remove ${describeAction(action)} at ${at(action.at)}`,
        )
      },
      undo: () => travel(undoEdit),
      redo: () => travel(redoEdit),
    }
  }),
)

/** What is on screen now, both branches included, to put back when the user leaves a lesson. */
export function currentStash(): Stash {
  return stashOf(useAppStore.getState())
}
