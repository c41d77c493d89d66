import type { BranchedScenario, BranchSide } from '../scenario/branches/branches'
import { branchScenario, forkScenario } from '../scenario/branches/branches'
import type { Scenario } from '../scenario/schema'
import { structuralDifferences } from '../sim'

/**
 * Two branches on screen. The store's `scenario` is the selected branch's whole scenario (every
 * view and the action panel work on it as on any scenario); this holds the rest: where they fork,
 * their names, and the other branch's whole scenario. Both share their first `shared` actions
 * (the history up to the fork) and everything that is not an action.
 */
export interface BranchState {
  readonly forkAtMs: number
  readonly names: Readonly<Record<BranchSide, string>>
  readonly selected: BranchSide
  readonly shared: number
  readonly other: Scenario
}

/**
 * The two branches' scenarios and branch state of a branched scenario, `selected` on screen (by
 * default the one selected when it was shared).
 */
export function branchStateOf(
  branched: BranchedScenario,
  selected: BranchSide = branched.branches.selected ?? 'a',
): { scenario: Scenario; branch: BranchState } {
  const { branches } = branched
  return {
    scenario: branchScenario(branched, selected),
    branch: {
      forkAtMs: branches.forkAtMs,
      names: { a: branches.a.name, b: branches.b.name },
      selected,
      shared: branched.scenario.actions.length,
      other: branchScenario(branched, otherSide(selected)),
    },
  }
}

/** `scenario` forked at `atMs` into A (it, as it is) and B (a copy up to the fork), A on screen. */
export function forkAt(
  scenario: Scenario,
  atMs: number,
): { scenario: Scenario; branch: BranchState } {
  return branchStateOf(forkScenario(scenario, atMs))
}

export function otherSide(side: BranchSide): BranchSide {
  return side === 'a' ? 'b' : 'a'
}

/** One branch's whole scenario. */
export function scenarioOfSide(
  scenario: Scenario,
  branch: BranchState,
  side: BranchSide,
): Scenario {
  return side === branch.selected ? scenario : branch.other
}

/**
 * The branches as a document holds them (format 2): the shared history, each branch's own, and
 * B when it is the one selected (so a link, a file or the draft opens as it was shared).
 */
export function branchedOf(scenario: Scenario, branch: BranchState): BranchedScenario {
  const own = (side: BranchSide) => ({
    name: branch.names[side],
    actions: scenarioOfSide(scenario, branch, side).actions.slice(branch.shared),
  })
  return {
    scenario: { ...scenario, actions: scenario.actions.slice(0, branch.shared) },
    branches: {
      forkAtMs: branch.forkAtMs,
      a: own('a'),
      b: own('b'),
      ...(branch.selected === 'b' ? { selected: branch.selected } : {}),
    },
  }
}

/**
 * The branch state after the selected branch became `next`: everything but the actions is shared,
 * so a change to the topics or jobs (a new job added to start it) is made in the other branch too.
 * The same state when only actions changed.
 */
export function withSharedSetup(next: Scenario, branch: BranchState): BranchState {
  if (structuralDifferences(next, branch.other).length === 0) return branch
  return { ...branch, other: { ...next, actions: branch.other.actions } }
}
