import type { BranchSide } from '../../scenario/branches'
import type { Scenario } from '../../scenario/schema'
import { useAppStore } from '../../store/appStore'
import type { BranchState } from '../../store/branchState'
import { scenarioOfSide } from '../../store/branchState'

export interface BranchPair {
  readonly branch: BranchState
  readonly a: Scenario
  readonly b: Scenario
}

/** Both branches' scenarios, A and B whichever is selected, or null with one scenario on screen. */
export function useBranchPair(): BranchPair | null {
  const scenario = useAppStore((s) => s.scenario)
  const branch = useAppStore((s) => s.branch)
  if (branch === null) return null
  return {
    branch,
    a: scenarioOfSide(scenario, branch, 'a'),
    b: scenarioOfSide(scenario, branch, 'b'),
  }
}

export const SIDES: readonly BranchSide[] = ['a', 'b']

/** "A · simple rewind": the side's letter and the user's name for it. */
export function branchTitle(branch: BranchState, side: BranchSide): string {
  const letter = side.toUpperCase()
  const name = branch.names[side]
  return name === letter ? letter : `${letter} · ${name}`
}
