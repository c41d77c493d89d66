import { holdOne, holdTwo } from '../derive/cache'
import { prepareScenario } from '../derive/prepare'
import type { BranchSide, ScenarioDocument } from '../scenario/branches'
import { LIMITS } from '../scenario/limits'
import type { Scenario } from '../scenario/schema'
import type { LoadOptions, LoadResult } from './appStore'
import { useAppStore } from './appStore'
import type { BranchState } from './branchState'
import { emptyHistory } from './editHistory'
import { branchStateOf, forkAt } from './branchState'

/**
 * What the user does with branches: fork at the cursor, pick the branch the actions act on, name
 * them, keep one, and open a document holding two. Each keeps both branches' timelines in the
 * derive cache, B's built from A's keyframes up to the fork.
 */

/**
 * Puts two branches on screen once both are cached (B's timeline from A's keyframes); over the
 * work budget, the scenario on screen stays and a notice says why.
 */
function showBranches(scenario: Scenario, branch: BranchState, isEdit: boolean): void {
  const store = useAppStore.getState()
  const refuse = (message: string): void => {
    holdOne(store.scenario)
    store.notify('error', `The branches were not made: ${message}`)
  }
  const selected = prepareScenario(scenario, store.scenario)
  if (!selected.ok) {
    refuse(selected.message)
    return
  }
  // The selected branch's entry, then the other's beside it (built from its keyframes).
  holdOne(scenario)
  holdTwo()
  const other = prepareScenario(branch.other)
  if (!other.ok) {
    refuse(other.message)
    return
  }
  useAppStore.setState({
    scenario,
    branch,
    history: emptyHistory(),
    editCount: store.editCount + (isEdit ? 1 : 0),
  })
}

/** "Branch from here": A keeps the scenario as it is, B copies it up to the cursor. */
export function forkAtCursor(): void {
  const { scenario, cursor, branch } = useAppStore.getState()
  if (branch !== null) return
  const forked = forkAt(scenario, Math.floor(cursor))
  showBranches(forked.scenario, forked.branch, true)
}

/** Makes `side` the branch on screen in the views and the one the action panel acts on. */
export function selectBranch(side: BranchSide): void {
  const { scenario, branch } = useAppStore.getState()
  if (branch === null || branch.selected === side) return
  useAppStore.setState({
    scenario: branch.other,
    branch: { ...branch, selected: side, other: scenario },
    // Undo works on the scenario on screen: the other branch's edits are not this one's.
    history: emptyHistory(),
  })
}

/** Renames a branch; a name that is empty or too long is refused with a notice. */
export function renameBranch(side: BranchSide, name: string): void {
  const trimmed = name.trim()
  const store = useAppStore.getState()
  if (trimmed === '' || trimmed.length > LIMITS.branchNameLength) {
    store.notify(
      'error',
      `A branch name needs 1 to ${LIMITS.branchNameLength} characters; “${store.branch?.names[side] ?? ''}” is kept.`,
    )
    return
  }
  useAppStore.setState((s) => {
    if (s.branch === null) return
    s.branch = { ...s.branch, names: { ...s.branch.names, [side]: trimmed } }
    s.editCount++
  })
}

/** Keeps only `side` as the scenario: the other branch is dropped. */
export function keepOnlyBranch(side: BranchSide): void {
  selectBranch(side)
  const { scenario } = useAppStore.getState()
  holdOne(scenario)
  useAppStore.setState({
    branch: null,
    history: emptyHistory(),
    editCount: useAppStore.getState().editCount + 1,
  })
}

/**
 * Opens `scenario`, with the other branch beside it when `branch` is given (the selected one on
 * screen), leaving an open lesson as it is: a lesson opening its own scenario, or putting back
 * what was there before it.
 */
export async function loadWithBranches(
  scenario: Scenario,
  branch: BranchState | null,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const opened = await useAppStore.getState().load(scenario, options)
  if (opened === 'opened' && branch !== null) {
    showBranches(scenario, branch, options.isEdit === true)
  }
  return opened
}

/**
 * Opens a file's or a link's document: a plain scenario as before; two branches as they were,
 * the branch selected when it was shared on screen. A whole new scenario has nothing to do with
 * an open lesson: the lesson ends as the scenario opens, and stays when it is refused (see
 * `LoadOptions.endsLesson`). Says how it ended (see `LoadResult`).
 */
export async function openDocument(
  document: ScenarioDocument,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const { scenario, branches } = document
  const { load } = useAppStore.getState()
  if (branches === null) return load(scenario, { ...options, endsLesson: true })
  const both = branchStateOf({ scenario, branches })
  const opened = await load(both.scenario, { ...options, endsLesson: true })
  if (opened === 'opened') showBranches(both.scenario, both.branch, options.isEdit === true)
  return opened
}
