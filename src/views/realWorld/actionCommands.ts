import type { Scenario } from '../../scenario/schema'
import type { ActionKind, ActionOf } from '../actions/actionKind'
import { CLEANER_COMMANDS } from './commands/cleanerCommands'
import { CLUSTER_COMMANDS } from './commands/clusterCommands'
import { CONSUMER_COMMANDS } from './commands/consumerCommands'
import { JOB_COMMANDS } from './commands/jobCommands'
import { LOG_COMMANDS } from './commands/logCommands'
import type { CommandsFor } from './commands/types'
import type { DescribedAction, RealWorldSection } from './snippet'

/**
 * Every action kind's real-world commands, from its family's module. Typed over every kind, so a
 * new kind without commands does not compile.
 */
export const ACTION_COMMANDS: CommandsFor<ActionKind> = {
  ...LOG_COMMANDS,
  ...CLEANER_COMMANDS,
  ...CONSUMER_COMMANDS,
  ...JOB_COMMANDS,
  ...CLUSTER_COMMANDS,
}

/** The commands of `action`, looked up by its kind (`K` ties the entry to the action's shape). */
function describe<K extends ActionKind>(
  kind: K,
  action: ActionOf<K>,
  scenario: Scenario,
): DescribedAction {
  return ACTION_COMMANDS[kind](action, scenario)
}

/** The real commands an action stands for, as one section. */
export function actionSection(
  scenario: Scenario,
  action: Scenario['actions'][number],
  index: number,
): RealWorldSection {
  const { title, snippets, caveats } = describe(action.type, action, scenario)
  return { id: `action-${index}`, title, at: action.at, snippets, caveats }
}
