import { describe, expect, test } from 'vitest'
import { branchDiffAt, branchDivergence } from '../../derive/branchDiff'
import { worldAt } from '../../derive/simulation'
import { branchScenario, forkScenario, withBranchAction } from '../../scenario/branches'
import { defaultScenario } from '../../scenario/builtin'
import { describeDivergence, partitionRows, storeRows } from './branchDiffModel'
import { highlightCss, stageHighlights } from './highlights'

const forked = forkScenario(defaultScenario, 30_000)
const acted = withBranchAction(forked, 'b', {
  type: 'produce',
  at: 30_000,
  topic: 'user-profiles',
  partition: 0,
  records: [{ key: 'carol', value: 'only in B' }],
})
if (!acted.ok) throw new Error('the produce action should be accepted')
const a = branchScenario(acted.value, 'a')
const b = branchScenario(acted.value, 'b')
const end = defaultScenario.durationMs

describe('the branches’ differences as the views show them', () => {
  test('the divergence names the time, the first differing action and the first event', () => {
    const text = describeDivergence(branchDivergence(a, b))
    expect(text.headline).toBe('The worlds first differ at 30 s.')
    expect(text.input).toMatch(/^First differing action, at 30 s: A has no action there; B /)
    expect(text.event).toMatch(/^First differing event: A .*; B “.*”\.$/)
  })

  test('a branch with no action of its own has not diverged', () => {
    const same = forkScenario(defaultScenario, 30_000)
    const divergence = branchDivergence(branchScenario(same, 'a'), branchScenario(same, 'b'))
    expect(divergence).toBeNull()
    expect(describeDivergence(divergence).headline).toMatch(/have not diverged/)
  })

  test('every partition is listed: the one B wrote to differs, the other is the same', () => {
    const rows = partitionRows(worldAt(a, 30_000), worldAt(b, 30_000), branchDiffAt(a, b, 30_000))
    expect(rows.map((r) => [r.name, r.verdict])).toEqual([
      ['page-views-0', 'same'],
      ['user-profiles-0', 'different'],
    ])
    expect(rows[1]?.detail).toMatch(/1 record only in B$/)
    expect(storeRows(branchDiffAt(a, b, 30_000))).toEqual([])
  })

  test('the stage of B outlines the record only B has; A outlines none at the fork', () => {
    const diff = branchDiffAt(a, b, 30_000)
    const [offset] = diff.partitions[0]!.records.onlyB
    expect(stageHighlights(diff, 'b').cells).toEqual([`user-profiles-0#${offset}`])
    expect(stageHighlights(diff, 'a').cells).toEqual([])
    expect(stageHighlights(diff, 'a').lanes).toEqual(['user-profiles-0'])
  })

  test('later, records after the new one differ on both sides', () => {
    const diff = branchDiffAt(a, b, end)
    expect(stageHighlights(diff, 'a').cells.length).toBeGreaterThan(0)
    expect(stageHighlights(diff, 'b').cells.length).toBeGreaterThan(0)
  })

  test('the stylesheet quotes any key safely and is scoped to one branch', () => {
    const css = highlightCss('branch-stage--b', {
      cells: ['t-0#1'],
      logStarts: [],
      storeEntries: ['job_1/a "quoted" \\ key'],
      lanes: [],
      cellsLeftOut: 0,
    })
    expect(css).toContain('.branch-stage--b [data-cell="t-0#1"] rect')
    expect(css).toContain('[data-store="job_1/a \\"quoted\\" \\\\ key"] text')
    expect(css).not.toContain('data-label')
  })
})
