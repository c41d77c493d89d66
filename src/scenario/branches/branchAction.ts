import type { ScenarioAction } from '../../sim'
import { parseScenario } from '../parse'
import type { Result } from '../problems'
import type { BranchedScenario, BranchSide } from './branches'
import { withBranchActions } from './branches'

/**
 * `action` added to one branch, after every action at or before its time, validated against the
 * branch's whole scenario. An action before the fork would change the shared history: refused.
 */
export function withBranchAction(
  branched: BranchedScenario,
  side: BranchSide,
  action: ScenarioAction,
): Result<BranchedScenario> {
  const { forkAtMs } = branched.branches
  if (action.at < forkAtMs) {
    return {
      ok: false,
      problems: [
        {
          path: 'at',
          message: `is before the fork at ${forkAtMs} ms: a branch's own actions start at the fork`,
        },
      ],
    }
  }
  const own: ScenarioAction[] = [...branched.branches[side].actions]
  const index = own.findIndex((a) => a.at > action.at)
  own.splice(index === -1 ? own.length : index, 0, action)
  const checked = parseScenario({
    ...branched.scenario,
    actions: [...branched.scenario.actions, ...own],
  })
  if (!checked.ok) return checked
  return {
    ok: true,
    value: withBranchActions(
      branched,
      side,
      checked.value.actions.slice(branched.scenario.actions.length),
    ),
  }
}
