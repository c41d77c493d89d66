import type { ScenarioAction } from '../sim'
import { parseScenario } from './parse'
import type { Result } from './problems'
import type { Scenario } from './schema'

/**
 * The scenario with `action` added after every action at or before its time (so it runs last at
 * that millisecond), validated again so that an edited scenario always survives a link or a file.
 */
export function withAction(scenario: Scenario, action: ScenarioAction): Result<Scenario> {
  const index = scenario.actions.findIndex((a) => a.at > action.at)
  const actions: ScenarioAction[] = [...scenario.actions]
  actions.splice(index === -1 ? actions.length : index, 0, action)
  return parseScenario({ ...scenario, actions })
}

/** The scenario without its action number `index`. */
export function withoutAction(scenario: Scenario, index: number): Scenario {
  return { ...scenario, actions: scenario.actions.filter((_, i) => i !== index) }
}
