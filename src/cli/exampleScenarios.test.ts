/** The scenario files shipped under scenarios/ stay valid and run (each branch of one) to their end. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { branchScenario, parseScenarioDocumentJson } from '../scenario/branches'
import { parseScenarioJson } from '../scenario/parse'
import { describeProblems } from '../scenario/problems'
import { advanceWorld, ignoreEvents, initialWorld, snapshotWorld } from '../sim'

const dir = join(import.meta.dirname, '..', '..', 'scenarios')

describe('example scenarios', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('%s', (file) => {
    const parsed = parseScenarioDocumentJson(readFileSync(join(dir, file), 'utf8'))
    if (!parsed.ok) throw new Error(describeProblems(parsed.problems))
    const { scenario, branches } = parsed.value
    const runs = branches
      ? [branchScenario({ scenario, branches }, 'a'), branchScenario({ scenario, branches }, 'b')]
      : [scenario]
    for (const run of runs) {
      const world = initialWorld(run)
      advanceWorld(world, run, run.durationMs, ignoreEvents)
      expect(snapshotWorld(world).time).toBe(run.durationMs)
    }
  })

  it('the parallel rewind ends with the reprocessing job caught up and the old one decommissioned', () => {
    const parsed = parseScenarioJson(readFileSync(join(dir, 'parallel-rewind.json'), 'utf8'))
    if (!parsed.ok) throw new Error(describeProblems(parsed.problems))
    const world = initialWorld(parsed.value)
    advanceWorld(world, parsed.value, parsed.value.durationMs, ignoreEvents)
    const jobs = snapshotWorld(world).jobs
    expect(jobs.map((j) => j.status)).toEqual(['decommissioned', 'running'])
    expect(jobs[1]?.caughtUp).toBe(true)
  })
})
