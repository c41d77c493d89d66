/** For tests: the scenarios shipped in `scenarios/`, parsed as the app parses them, and others. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_SCENARIO_INPUT } from './builtin'
import { builtinScenario } from './builtinScenario'
import { parseScenarioJson } from './parse'
import type { Scenario } from './schema'

const dir = join(import.meta.dirname, '..', '..', 'scenarios')

export function loadScenarioFile(file: string): Scenario {
  const parsed = parseScenarioJson(readFileSync(join(dir, file), 'utf8'))
  if (!parsed.ok) throw new Error(`scenarios/${file} does not parse`)
  return parsed.value
}

/** A scenario asking the browser for more work than it allows: the app refuses to open it. */
export function tooLargeScenario(): Scenario {
  return builtinScenario({
    ...DEFAULT_SCENARIO_INPUT,
    durationMs: 100_000_000,
    producers: [
      {
        name: 'flood',
        topic: 'page-views',
        recordsPerSecond: 100,
        keys: { count: 10, prefix: 'k' },
      },
    ],
    consumers: [],
  })
}
