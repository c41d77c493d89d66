import { createContext, useContext } from 'react'
import type { BranchSide } from '../../scenario/branches'
import type { Scenario } from '../../scenario/schema'
import { useAppStore } from '../../store/appStore'
import { scenarioOfSide } from '../../store/branchState'

/**
 * Which branch the views below draw: null, the scenario on screen (the selected branch); a side,
 * that branch's world. Side by side, the stage is drawn once per branch inside a scope, unchanged.
 */
export const BranchScope = createContext<BranchSide | null>(null)

/** The scenario the views in this scope draw. */
export function useScopedScenario(): Scenario {
  const side = useContext(BranchScope)
  return useAppStore((s) =>
    side === null || s.branch === null ? s.scenario : scenarioOfSide(s.scenario, s.branch, side),
  )
}
