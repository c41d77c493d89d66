/** For tests: the scenarios shipped in `scenarios/`, parsed as the app parses them. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseScenarioJson } from './parse'
import type { Scenario } from './schema'

const dir = join(import.meta.dirname, '..', '..', 'scenarios')

export function loadScenarioFile(file: string): Scenario {
  const parsed = parseScenarioJson(readFileSync(join(dir, file), 'utf8'))
  if (!parsed.ok) throw new Error(`scenarios/${file} does not parse`)
  return parsed.value
}
