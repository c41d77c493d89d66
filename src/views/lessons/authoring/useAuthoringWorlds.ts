import { useMemo } from 'react'
import { branchDivergence } from '../../../derive/branchDiff'
import { worldAt } from '../../../derive/simulation'
import type { QueryWorlds } from '../../../lessons/query/evaluate'
import { branchWorlds, oneWorld } from '../../../lessons/query/evaluate'
import type { BranchSide } from '../../../scenario/branches'
import { snapshotWorld } from '../../../sim'
import { useAppStore } from '../../../store/appStore'
import { scenarioOfSide } from '../../../store/branchState'

/** What the lesson being written reads at the cursor, and the branches' names when it has two. */
export interface AuthoringWorlds {
  readonly worlds: QueryWorlds
  readonly branchNames: Readonly<Record<BranchSide, string>> | null
  /** The branch on screen (A over one scenario): what a new reading reads. */
  readonly selected: BranchSide
}

/**
 * The worlds a prediction's query reads at the cursor, as the class's reveal will read them at a
 * step's time: the scenario's world, or both branches' and whether they have parted by then.
 */
export function useAuthoringWorlds(cursor: number): AuthoringWorlds {
  const scenario = useAppStore((s) => s.scenario)
  const branch = useAppStore((s) => s.branch)
  return useMemo(() => {
    if (branch === null) {
      return {
        worlds: oneWorld(snapshotWorld(worldAt(scenario, cursor))),
        branchNames: null,
        selected: 'a',
      }
    }
    const a = scenarioOfSide(scenario, branch, 'a')
    const b = scenarioOfSide(scenario, branch, 'b')
    const worlds = branchWorlds(
      snapshotWorld(worldAt(a, cursor)),
      snapshotWorld(worldAt(b, cursor)),
      branchDivergence(a, b)?.time ?? null,
    )
    return { worlds, branchNames: branch.names, selected: branch.selected }
  }, [scenario, branch, cursor])
}
