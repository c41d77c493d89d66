import { holdOne } from '../../derive/cache'
import type { BranchSide } from '../../scenario/branches'
import { LIMITS } from '../../scenario/limits'
import type { AppSlice, AppState } from '../appStore'
import { forkAt } from '../branchState'
import { emptyHistory } from '../editHistory'
import { cacheOtherBranch } from '../opening'
import { prepareScenario } from '../../derive/prepare'
import { withCursorAt } from './playback'
import { withNotice } from './notices'

/**
 * What the user does with branches: fork at the cursor, pick the branch the actions act on, name
 * them, keep one. Both branches' timelines stay in the derive cache, B's built from A's keyframes
 * up to the fork. (Opening a document of two is `openDocument`.)
 */
export interface BranchActions {
  /** "Branch from here": A keeps the scenario as it is, B copies it up to the cursor. */
  forkAtCursor: () => void
  /** Makes `side` the branch on screen in the views and the one the action panel acts on. */
  selectBranch: (side: BranchSide) => void
  /** Moves the cursor to `at` on branch `side` (where a lesson step being written is). */
  goToPlace: (at: number, side: BranchSide) => void
  /** Renames a branch; a name that is empty or too long is refused with a notice. */
  renameBranch: (side: BranchSide, name: string) => void
  /** Keeps only `side` as the scenario: the other branch is dropped. */
  keepOnlyBranch: (side: BranchSide) => void
}

/** `state` with branch `side` on screen (the same state without two branches, or already on it). */
export function withBranchSelected(state: AppState, side: BranchSide): AppState {
  const { scenario, branch } = state
  if (branch === null || branch.selected === side) return state
  return {
    ...state,
    scenario: branch.other,
    branch: { ...branch, selected: side, other: scenario },
    // Undo works on the scenario on screen: the other branch's edits are not this one's.
    history: emptyHistory(),
  }
}

export const createBranchSlice: AppSlice<BranchActions> = (set, get) => ({
  forkAtCursor: () => {
    const before = get()
    if (before.branch !== null) return
    const { scenario, branch } = forkAt(before.scenario, Math.floor(before.cursor))
    const selected = prepareScenario(scenario, before.scenario)
    const notMade = selected.ok ? cacheOtherBranch(scenario, branch) : selected.message
    if (notMade !== null) {
      holdOne(before.scenario)
      set({
        notices: withNotice(before.notices, 'error', `The branches were not made: ${notMade}`),
      })
      return
    }
    set({ scenario, branch, history: emptyHistory(), editCount: before.editCount + 1 })
  },
  selectBranch: (side) => {
    set(withBranchSelected(get(), side))
  },
  goToPlace: (at, side) => {
    set(withBranchSelected(withCursorAt(get(), at), side))
  },
  renameBranch: (side, name) => {
    const trimmed = name.trim()
    const { branch, notices, editCount } = get()
    if (branch === null) return
    if (trimmed === '' || trimmed.length > LIMITS.branchNameLength) {
      const kept = `A branch name needs 1 to ${LIMITS.branchNameLength} characters; “${branch.names[side]}” is kept.`
      set({ notices: withNotice(notices, 'error', kept) })
      return
    }
    set({
      branch: { ...branch, names: { ...branch.names, [side]: trimmed } },
      editCount: editCount + 1,
    })
  },
  keepOnlyBranch: (side) => {
    const state = withBranchSelected(get(), side)
    holdOne(state.scenario)
    set({ ...state, branch: null, history: emptyHistory(), editCount: state.editCount + 1 })
  },
})
