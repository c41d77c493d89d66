import type { Scenario } from './schema'

/**
 * The scenario without its action number `index`. Apart from the edits in edit.ts: a removal needs
 * no checking, so it runs without loading the scenario schemas.
 */
export function withoutAction(scenario: Scenario, index: number): Scenario {
  return { ...scenario, actions: scenario.actions.filter((_, i) => i !== index) }
}
