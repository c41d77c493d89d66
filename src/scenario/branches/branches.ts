import type { Scenario } from '../schema'

/** One line of history after the fork: its name (the user's words) and its own actions. */
export interface Branch {
  readonly name: string
  /** Every one at or after the fork, in time order. */
  readonly actions: Scenario['actions']
}

/** Two branches of one scenario, parting at `forkAtMs`. */
export interface Branches {
  readonly forkAtMs: number
  readonly a: Branch
  readonly b: Branch
  /** The branch on screen when it was shared; A when left out (only B is ever written). */
  readonly selected?: BranchSide
}

export type BranchSide = 'a' | 'b'

/**
 * A scenario with two branches. `scenario.actions` is the shared history (every action at or before
 * the fork); each branch continues it with its own. Everything else (topics, producers, jobs) is
 * shared, so both branches are the same run up to the fork and their timelines share keyframes.
 */
export interface BranchedScenario {
  readonly scenario: Scenario
  readonly branches: Branches
}

export const DEFAULT_BRANCH_NAMES = { a: 'A', b: 'B' } as const

/**
 * Forks `scenario` at `forkAtMs`: the actions up to it become the shared history, A keeps the
 * ones after it, and B starts with none of its own (it copies the scenario up to the fork).
 */
export function forkScenario(
  scenario: Scenario,
  forkAtMs: number,
  names: { readonly a: string; readonly b: string } = DEFAULT_BRANCH_NAMES,
): BranchedScenario {
  const at = Math.max(0, Math.min(scenario.durationMs, Math.floor(forkAtMs)))
  return {
    scenario: { ...scenario, actions: scenario.actions.filter((action) => action.at <= at) },
    branches: {
      forkAtMs: at,
      a: { name: names.a, actions: scenario.actions.filter((action) => action.at > at) },
      b: { name: names.b, actions: [] },
    },
  }
}

/** The scenario one branch runs: the shared history, then its own actions. */
export function branchScenario(branched: BranchedScenario, side: BranchSide): Scenario {
  const { scenario, branches } = branched
  return { ...scenario, actions: [...scenario.actions, ...branches[side].actions] }
}

/** The branch's scenario with its actions given back to it as the branch's own. */
export function withBranchActions(
  branched: BranchedScenario,
  side: BranchSide,
  actions: Scenario['actions'],
): BranchedScenario {
  const branch = { ...branched.branches[side], actions }
  return { ...branched, branches: { ...branched.branches, [side]: branch } }
}

/** One branch without its own action number `index`. */
export function withoutBranchAction(
  branched: BranchedScenario,
  side: BranchSide,
  index: number,
): BranchedScenario {
  const own = branched.branches[side].actions.filter((_, i) => i !== index)
  return withBranchActions(branched, side, own)
}

/** One branch renamed. */
export function withBranchName(
  branched: BranchedScenario,
  side: BranchSide,
  name: string,
): BranchedScenario {
  const branch = { ...branched.branches[side], name }
  return { ...branched, branches: { ...branched.branches, [side]: branch } }
}
