import type { Scenario } from '../schema'
import type { Branches } from './branches'

/**
 * A scenario file or link: a scenario, with or without two branches. Format 2 was format 1 plus
 * `branches`; format 3 (complete job starts) may have them or not. Written here, read by
 * document.ts: writing needs none of the schemas, so the first screen can share and save without
 * them.
 */
export interface ScenarioDocument {
  readonly scenario: Scenario
  readonly branches: Branches | null
}

/** The first format with branches. */
export const BRANCHED_FORMAT_VERSION = 2

/**
 * The document as JSON: the scenario as `write` renders it (a file writes it whole, a link leaves
 * defaults out), with the branches when it has them.
 */
export function documentJson(
  document: ScenarioDocument,
  write: (scenario: Scenario) => object = (scenario) => scenario,
): object {
  const scenario = write(document.scenario)
  if (document.branches === null) return scenario
  return { ...scenario, branches: document.branches }
}
