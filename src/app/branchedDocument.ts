import type { ScenarioDocument } from '../scenario/branches'
import { branchScenario } from '../scenario/branches'
import type { Scenario } from '../scenario/schema'

/**
 * What the app opens from a document (a link or a file). The app does not draw two branches side
 * by side yet, so a document with branches opens its branch A exactly, and `notice` says so and
 * names B, rather than dropping B silently; `npm run sim -- --compare` compares both.
 */
export function scenarioToOpen(document: ScenarioDocument): {
  readonly scenario: Scenario
  readonly notice: string | null
} {
  const { scenario, branches } = document
  if (branches === null) return { scenario, notice: null }
  return {
    scenario: branchScenario({ scenario, branches }, 'a'),
    notice:
      `This holds two branches, “${branches.a.name}” and “${branches.b.name}”, forked at ` +
      `${branches.forkAtMs / 1000} s. The app shows branch “${branches.a.name}” only for now; ` +
      'compare both with npm run sim -- --compare <file>.',
  }
}
