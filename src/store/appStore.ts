import { create, type StateCreator } from 'zustand'
import { immer } from 'zustand/middleware/immer'
import { defaultScenario } from '../scenario/builtin'
import { withAction, withNewJob, withoutAction, type JobInput } from '../scenario/edit'
import { describeProblems, type Result } from '../scenario/problems'
import type { Scenario } from '../scenario/schema'
import { jobKey, type ScenarioAction } from '../sim'
import type { Prepared } from '../derive/prepare'
import {
  browserPacing,
  prepareInSlices,
  prepareScenario,
  startPreparation,
} from '../derive/prepare'
import { actionOutcome } from '../derive/actionOutcome'
import { eventsOf, topicChoicesOf } from '../derive/simulation'
import { holdOne } from '../derive/cache'
import type { BranchState } from './branchState'
import { beforeForkMessage, indexWhenAdded, sayOutcome } from './actionMessages'
import { withSharedSetup } from './branchState'
import { DEFAULT_SPEED_INDEX, SPEEDS } from './speeds'
import { hasPartition } from '../derive/topicChoices'
import { describeAction } from '../scenario/actionWords'
import { formatSimTime } from '../derive/scene/format'
import {
  createSelectionSlice,
  firstPartition,
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

/** A scenario being computed before it opens (a heavy link or file): what the progress bar shows. */
export interface Computing {
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
    LessonAuthoringState {
  readonly scenario: Scenario
  /** Simulated ms; fractional while playing, floored when the world is computed. */
  readonly cursor: number
  readonly playing: boolean
  readonly direction: 1 | -1
  readonly speedIndex: number
  readonly helpOpen: boolean
  /** Bumped by edits the user makes (not by opening a link), so only those save the draft. */
  readonly editCount: number
  /** Set while a scenario is computed before opening; the one on screen stays until it is ready. */
  readonly computing: Computing | null
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
    LessonAuthoringActions {
  seek: (t: number) => void
  play: (direction?: 1 | -1) => void
  pause: () => void
  togglePlay: () => void
  setSpeedIndex: (index: number) => void
  setHelpOpen: (open: boolean) => void
  /**
   * Opens a scenario (link, file, draft) in place of the current one, or says why it cannot (over
   * the browser's work budget) for the caller to say. A scenario that takes long to compute is
   * computed in slices with `computing` showing progress; one ready within the first slice opens
   * at once, before this returns. An `isEdit` load (an imported file) counts as the user's edit,
   * so it is saved as the draft.
   */
  load: (scenario: Scenario, options?: LoadOptions) => Promise<LoadResult>
  /** Stops computing the scenario being opened and opens the default scenario instead. */
  cancelComputing: () => void
  /** Adds `action` at the cursor; the engine's refusal, if any, becomes a notice. */
  act: (action: ActionAtCursor) => void
  /** Adds `job` to the scenario and starts it at the cursor (a `job.start` action). */
  startNewJob: (job: JobInput) => void
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

/** Bumped by every opening and by Cancel, so a superseded opening knows it is stale. */
let loadToken = 0

function clampCursor(scenario: Scenario, t: number): number {
  return Math.max(0, Math.min(scenario.durationMs, t))
}

export function initialAppState(scenario: Scenario = defaultScenario): AppState {
  return {
    scenario,
    cursor: 0,
    playing: false,
    direction: 1,
    speedIndex: DEFAULT_SPEED_INDEX,
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

    /** Puts an opened scenario on screen: its time, the partition asked for (if it has one). */
    const open = (scenario: Scenario, options: LoadOptions): void => {
      const first = firstPartition(scenario)
      const choices = topicChoicesOf(scenario)
      const topic = choices.find((t) => t.name === options.topic)?.name
      const partition = options.partition ?? 0
      holdOne(scenario)
      set((s) => {
        s.scenario = scenario
        s.branch = null
        s.cursor = clampCursor(scenario, options.cursor ?? 0)
        s.playing = false
        s.topic = topic ?? first.topic
        s.partition = topic !== undefined && hasPartition(choices, topic, partition) ? partition : 0
        s.selectedOffset = null
        s.storeJob = null
        s.logWindow = null
        if (options.isEdit === true) s.editCount++
        if (options.endsLesson === true) s.lessonSession = null
      })
      set({ history: emptyHistory() })
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
      seek: (t) => {
        set((s) => {
          s.cursor = clampCursor(s.scenario, t)
        })
      },
      play: (direction = 1) => {
        set((s) => {
          const atEnd = direction === 1 ? s.cursor >= s.scenario.durationMs : s.cursor <= 0
          if (atEnd) s.cursor = direction === 1 ? 0 : s.scenario.durationMs
          s.playing = true
          s.direction = direction
        })
      },
      pause: () => {
        set((s) => {
          s.playing = false
        })
      },
      togglePlay: () => {
        if (get().playing) get().pause()
        else get().play(1)
      },
      setSpeedIndex: (index) => {
        set((s) => {
          s.speedIndex = Math.max(0, Math.min(SPEEDS.length - 1, Math.round(index)))
        })
      },
      setHelpOpen: (open) => {
        set((s) => {
          s.helpOpen = open
        })
      },
      load: (scenario, options = {}) => {
        const token = ++loadToken
        const isCurrent = (): boolean => token === loadToken
        const pacing = browserPacing(
          (fraction) => {
            if (isCurrent()) set({ computing: { name: scenario.name, fraction } })
          },
          () => !isCurrent(),
        )
        const finish = (prepared: Prepared | 'cancelled'): LoadResult => {
          if (prepared === 'cancelled' || !isCurrent()) return 'cancelled'
          if (get().computing !== null) set({ computing: null })
          if (!prepared.ok) return { refused: prepared.message }
          open(scenario, options)
          return 'opened'
        }
        const outcome = prepareInSlices(startPreparation(scenario), pacing)
        return outcome instanceof Promise ? outcome.then(finish) : Promise.resolve(finish(outcome))
      },
      cancelComputing: () => {
        loadToken++
        set({ computing: null })
        void get().load(defaultScenario)
      },
      act: (action) => {
        const at = Math.floor(get().cursor)
        const full = { ...action, at } as ScenarioAction
        commitAction(full, withAction(get().scenario, full))
      },
      startNewJob: (job) => {
        const at = Math.floor(get().cursor)
        const start: ScenarioAction = {
          type: 'job.start',
          at,
          job: jobKey({ 'job.name': job['job.name'], 'job.id': job['job.id'] ?? '1' }),
          set: {},
        }
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
