import { defaultScenario } from '../../scenario/builtin'
import type { ScenarioDocument } from '../../scenario/branches'
import type { Scenario } from '../../scenario/schema'
import type { AppSlice } from '../appStore'
import { branchStateOf } from '../branchState'
import type { Computing, LoadOptions, LoadResult } from '../opening'
import { makeOpener, pendingOpeningEndsLesson } from '../opening'

export interface OpeningState {
  /** Set while a scenario is computed before opening; the one on screen stays until it is ready. */
  readonly computing: Computing | null
}

export interface OpeningActions {
  /**
   * Opens a scenario (link, file, draft) in place of the current one, or says why it cannot (over
   * the browser's work budget) for the caller to say. A scenario that takes long to compute is
   * computed in slices with `computing` showing progress; one ready within the first slice opens
   * at once, before this returns. An `isEdit` load (an imported file) counts as the user's edit,
   * so it is saved as the draft.
   */
  load: (scenario: Scenario, options?: LoadOptions) => Promise<LoadResult>
  /**
   * Opens a file's or a link's document: a plain scenario as `load` does; two branches as they
   * were, the branch selected when it was shared on screen, in one change. A whole new scenario
   * has nothing to do with an open lesson: the lesson ends as the scenario opens, and stays when
   * it is refused (see `LoadOptions.endsLesson`).
   */
  openDocument: (document: ScenarioDocument, options?: LoadOptions) => Promise<LoadResult>
  /**
   * Stops computing the scenario being opened and opens the default scenario instead (ending the
   * open lesson when the cancelled opening would have).
   */
  cancelComputing: () => void
  /**
   * Shows the progress dialog, with Cancel, while a long link is read and checked: before its
   * scenario is known, and before any of it runs. `load` and `openDocument` replace it with the
   * scenario's progress (or end it), `cancelComputing` opens the default scenario instead.
   */
  startReading: () => void
  /** Ends the reading shown by `startReading` when the link is not opened (it was refused). */
  stopReading: () => void
}

export const createOpeningSlice: AppSlice<OpeningActions> = (set, get) => {
  const open = makeOpener(set, get)
  return {
    load: (scenario, options = {}) => open({ scenario, options }),
    openDocument: ({ scenario, branches }, options = {}) => {
      const endingLesson = { ...options, endsLesson: true }
      if (branches === null) return open({ scenario, options: endingLesson })
      const both = branchStateOf({ scenario, branches })
      return open({ scenario: both.scenario, branch: both.branch, options: endingLesson })
    },
    cancelComputing: () => {
      // The default scenario's opening supersedes the one under way, and clears `computing`.
      void get().load(defaultScenario, { endsLesson: pendingOpeningEndsLesson() })
    },
    startReading: () => {
      set({ computing: { stage: 'reading' } })
    },
    stopReading: () => {
      if (get().computing?.stage === 'reading') set({ computing: null })
    },
  }
}
