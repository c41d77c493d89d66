import { parseScenario } from './parse'
import { describeProblems } from './problems'
import type { Scenario, ScenarioInput } from './schema'

/** Parses a scenario we ship or test with; a failure is a bug in this repository, not bad input. */
export function builtinScenario(input: ScenarioInput): Scenario {
  const result = parseScenario(input)
  if (!result.ok)
    throw new Error(
      `built-in scenario "${String(input.name)}" is invalid: ${describeProblems(result.problems)}`,
    )
  return result.value
}
