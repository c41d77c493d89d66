import type { ActionOutcome } from '../derive/actionOutcome'
import { formatSimTime } from '../derive/scene/format'
import type { Scenario } from '../scenario/schema'
import { ACTION_NAMES, type ScenarioAction } from '../sim'
import type { BranchState } from './branchState'

/** Where `action` sits among `scenario`'s actions once added (after those at the same time). */
export function indexWhenAdded(scenario: Scenario, action: ScenarioAction): number {
  return scenario.actions.filter((a) => a.at <= action.at).length
}

/** Who turns an action down: the broker, Samza, the checkpoint tool or the cluster (hosts, brokers). */
function refuser(type: ScenarioAction['type']): string {
  if (type === 'checkpoint.write') return 'The checkpoint tool'
  if (type.startsWith('job.')) return 'Samza'
  if (type.startsWith('host.') || type.startsWith('broker.')) return 'The cluster'
  return 'The broker'
}

/** What to tell the user about the action they just added: its refusal, why it changed nothing, or nothing. */
export function sayOutcome(
  action: ScenarioAction,
  outcome: ActionOutcome,
): { tone: 'info' | 'error'; text: string } | null {
  const name = ACTION_NAMES[action.type]
  if (outcome.kind === 'refused')
    return { tone: 'error', text: `${refuser(action.type)} refused ${name}: ${outcome.reason}.` }
  if (outcome.kind === 'nothing') {
    const what = `${name.charAt(0).toUpperCase()}${name.slice(1)} at ${formatSimTime(action.at)}`
    return { tone: 'info', text: `${what} changed nothing: ${outcome.reason}.` }
  }
  return null
}

/** Why an edit of the history both branches share is refused. */
export function beforeForkMessage(branch: BranchState): string {
  return `Both branches share everything before the fork at ${formatSimTime(branch.forkAtMs)}: act at or after it, on the branch you select.`
}
