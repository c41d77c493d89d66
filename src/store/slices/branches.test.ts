import { beforeEach, describe, expect, test } from 'vitest'
import { partitionAt } from '../../derive/partitionAt'
import { timelineOf } from '../../derive/cache'
import { worldAt } from '../../derive/simulation'
import { branchScenario, forkScenario, withBranchAction } from '../../scenario/branches'
import { defaultScenario } from '../../scenario/builtin'
import { initialAppState, useAppStore } from '../appStore'
import { branchedOf, scenarioOfSide } from '../branchState'
import { forkAt30sWithARecordInB } from '../branchFixture'

const store = useAppStore
const LANE = ['user-profiles', 0] as const

beforeEach(() => {
  store.setState(initialAppState(defaultScenario))
})

describe('branches in the store', () => {
  test('forking copies the scenario up to the cursor into B; A stays the scenario as it was', () => {
    store.getState().seek(30_000)
    store.getState().forkAtCursor()
    const { scenario, branch } = store.getState()
    expect(branch).toMatchObject({ forkAtMs: 30_000, names: { a: 'A', b: 'B' }, selected: 'a' })
    expect(scenario).toEqual(defaultScenario)
    expect(branch?.other).toEqual(defaultScenario)
  })

  test('B takes its own action; A does not have it, and both share the run up to the fork', async () => {
    await forkAt30sWithARecordInB()
    const { scenario, branch, notices } = store.getState()
    expect(notices).toEqual([])
    const a = scenarioOfSide(scenario, branch!, 'a')
    const b = scenarioOfSide(scenario, branch!, 'b')
    expect(a.actions).toEqual([])
    expect(b.actions).toHaveLength(1)
    const end = defaultScenario.durationMs
    const endA = partitionAt(worldAt(a, end), ...LANE)!.logEndOffset
    expect(partitionAt(worldAt(b, end), ...LANE)!.logEndOffset).toBe(endA + 1)
    expect(partitionAt(worldAt(b, 29_999), ...LANE)).toEqual(
      partitionAt(worldAt(a, 29_999), ...LANE),
    )
  })

  test('both branches stay cached: reading one does not rebuild the other', async () => {
    await forkAt30sWithARecordInB()
    const { scenario, branch } = store.getState()
    const timelineB = timelineOf(scenario)
    const timelineA = timelineOf(branch!.other)
    expect(timelineOf(scenario)).toBe(timelineB)
    expect(timelineA).not.toBe(timelineB)
  })

  test('an action before the fork, or removing a shared one, is refused with a notice', async () => {
    store.getState().seek(10_000)
    await store.getState().act({ type: 'roll', topic: 'user-profiles', partition: 0 })
    store.getState().seek(30_000)
    store.getState().forkAtCursor()
    store.getState().seek(20_000)
    await store.getState().act({ type: 'roll', topic: 'user-profiles', partition: 0 })
    store.getState().removeAction(0)
    const { scenario, notices } = store.getState()
    expect(scenario.actions).toHaveLength(1)
    expect(notices.map((n) => n.text)).toEqual([
      expect.stringContaining('share everything before the fork at 30 s'),
    ])
    expect(notices[0]?.times).toBe(2)
  })

  test('names are the user’s; an empty one is refused and the old one kept', () => {
    store.getState().forkAtCursor()
    store.getState().renameBranch('b', '  parallel rewind ')
    store.getState().renameBranch('a', '   ')
    const { branch, notices } = store.getState()
    expect(branch?.names).toEqual({ a: 'A', b: 'parallel rewind' })
    expect(notices).toHaveLength(1)
  })

  test('the document of the branches is the format-2 branches, and opens as they were, B selected', async () => {
    await forkAt30sWithARecordInB()
    store.getState().renameBranch('b', 'one more record')
    const { scenario, branch } = store.getState()
    const document = branchedOf(scenario, branch!)
    const expected = withBranchAction(
      forkScenario(defaultScenario, 30_000, { a: 'A', b: 'one more record' }),
      'b',
      scenario.actions[0]!,
    )
    if (!expected.ok) throw new Error('the action should be accepted')
    // B was on screen, so the document says so (A, the default, is never written).
    expect(document).toEqual({
      ...expected.value,
      branches: { ...expected.value.branches, selected: 'b' },
    })

    store.setState(initialAppState(defaultScenario))
    expect(await store.getState().openDocument(document, { cursor: 40_000 })).toBe('opened')
    const opened = store.getState()
    expect(opened.cursor).toBe(40_000)
    expect(opened.branch?.selected).toBe('b')
    expect(opened.scenario).toEqual(branchScenario(document, 'b'))
    expect(opened.branch?.other).toEqual(branchScenario(document, 'a'))
    expect(branchedOf(opened.scenario, opened.branch!)).toEqual(document)

    store.getState().selectBranch('a')
    expect(branchedOf(store.getState().scenario, store.getState().branch!)).toEqual(expected.value)
  })

  test('undo takes back the selected branch’s edit, never the other branch’s', async () => {
    await forkAt30sWithARecordInB()
    store.getState().selectBranch('a')
    expect(store.getState().undo()).toBe(false)
    expect(store.getState().scenario.actions).toEqual([])
    store.getState().selectBranch('b')
    expect(store.getState().branch?.other.actions).toEqual([])
    expect(store.getState().scenario.actions).toHaveLength(1)
  })

  test('keeping one branch drops the other', async () => {
    await forkAt30sWithARecordInB()
    const b = store.getState().scenario
    store.getState().selectBranch('a')
    store.getState().keepOnlyBranch('b')
    expect(store.getState()).toMatchObject({ branch: null, scenario: b })
  })
})
