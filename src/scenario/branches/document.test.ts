import { describe, expect, test } from 'vitest'
import { describeProblems } from '../problems'
import { loadScenarioFile } from '../testScenarios'
import { withBranchAction } from './branchAction'
import { forkScenario } from './branches'
import { parseScenarioDocument } from './document'
import { documentJson } from './scenarioDocument'

const scenario = loadScenarioFile('parallel-rewind.json')
const forked = forkScenario(scenario, 40_000, { a: 'live only', b: 'stopped' })
const acted = withBranchAction(forked, 'b', { type: 'job.stop', at: 50_000, job: 'page-counter_2' })
if (!acted.ok) throw new Error('the stop should be accepted')
const branched = acted.value

const reparse = (json: unknown) => parseScenarioDocument(JSON.parse(JSON.stringify(json)))
const problem = (json: unknown): string => {
  const result = reparse(json)
  return result.ok ? 'no problem' : describeProblems(result.problems)
}

describe('scenario documents', () => {
  // Format 3 (complete job starts) changed what an older file means, so every document is now
  // written as format 3, with or without branches.
  test('a scenario without branches is written and read as format 3', () => {
    const json = documentJson({ scenario, branches: null })
    expect(json).toMatchObject({ version: 3 })
    expect(reparse(json)).toEqual({ ok: true, value: { scenario, branches: null } })
  })

  test('two branches are written as format 3 and read back exactly', () => {
    const json = documentJson(branched)
    expect(json).toMatchObject({ version: 3, branches: { forkAtMs: 40_000 } })
    expect(reparse(json)).toEqual({ ok: true, value: branched })
  })

  test('the branch selected when shared is read back; A, the default, is never written', () => {
    const withB = { ...branched, branches: { ...branched.branches, selected: 'b' as const } }
    expect(reparse(documentJson(withB))).toEqual({ ok: true, value: withB })
    const json = documentJson(branched) as { branches: object }
    expect(json.branches).not.toHaveProperty('selected')
    const namingA = { ...json, branches: { ...json.branches, selected: 'a' } }
    expect(reparse(namingA)).toEqual({ ok: true, value: branched })
    const odd = { ...json, branches: { ...json.branches, selected: 'c' } }
    expect(problem(odd)).toMatch(/^branches.selected: /)
  })

  test('format 2 without branches is a plain scenario', () => {
    expect(reparse({ ...scenario, version: 2 })).toEqual({
      ok: true,
      value: { scenario, branches: null },
    })
  })

  test('bad branches are refused with the field named', () => {
    const json = documentJson(branched) as Record<string, unknown>
    const branches = branched.branches
    expect(problem({ ...json, version: 1 })).toMatch(
      /^version: a scenario with branches is format 2 or later/,
    )
    expect(problem({ ...json, version: 4 })).toMatch(/newer Rewind Lab \(format 4\)/)
    expect(problem({ ...json, branches: { ...branches, forkAtMs: 10 ** 9 } })).toMatch(
      /^branches.forkAtMs: 1000000000 is after the end/,
    )
    expect(problem({ ...json, branches: { ...branches, a: { name: '  ', actions: [] } } })).toMatch(
      /^branches.a.name: must be at least 1/,
    )
    const early = { ...branches, b: { name: 'B', actions: [{ type: 'cleaner.run', at: 5 }] } }
    expect(problem({ ...json, branches: early })).toMatch(
      /^branches.b.actions\[0\].at: is before the fork/,
    )
    const unknownJob = {
      ...branches,
      b: { name: 'B', actions: [{ type: 'job.stop', at: 60_000, job: 'nobody_1' }] },
    }
    expect(problem({ ...json, branches: unknownJob })).toMatch(/^branches.b.actions\[0\]/)
    expect(problem({ ...json, actions: [{ type: 'cleaner.run', at: 45_000 }] })).toMatch(
      /^actions\[0\].at: is after the fork/,
    )
  })
})
