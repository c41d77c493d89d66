import { beforeEach, describe, expect, test } from 'vitest'
import { defaultScenario } from '../scenario/builtin'
import { partitionAt } from '../derive/partitionAt'
import { worldAt } from '../derive/simulation'
import { initialAppState, useAppStore } from './appStore'
import { redoLabel, undoLabel } from './editHistory'

const store = useAppStore
const segmentsAt30s = (): number =>
  partitionAt(worldAt(store.getState().scenario, 30_000), 'user-profiles', 0)!.segments.length

beforeEach(() => {
  store.setState(initialAppState(defaultScenario))
  store.getState().seek(30_000)
})

describe('undo and redo of scenario edits', () => {
  test('undo takes an action back and the world with it; redo makes it again', async () => {
    const before = segmentsAt30s()
    await store.getState().act({ type: 'roll', topic: 'user-profiles', partition: 0 })
    expect(segmentsAt30s()).toBe(before + 1)
    expect(undoLabel(store.getState().history)).toBe('add segment roll of user-profiles-0 at 30 s')

    expect(store.getState().undo()).toBe(true)
    expect(store.getState().scenario).toBe(defaultScenario)
    expect(segmentsAt30s()).toBe(before)
    expect(redoLabel(store.getState().history)).toBe('add segment roll of user-profiles-0 at 30 s')

    expect(store.getState().redo()).toBe(true)
    expect(store.getState().scenario.actions).toEqual([
      { type: 'roll', at: 30_000, topic: 'user-profiles', partition: 0 },
    ])
    expect(segmentsAt30s()).toBe(before + 1)
  })

  test('undo and redo are saved as edits and leave the cursor where it is', async () => {
    await store.getState().act({ type: 'cleaner.run' })
    store.getState().seek(50_000)
    const edits = store.getState().editCount
    store.getState().undo()
    expect(store.getState()).toMatchObject({ cursor: 50_000, editCount: edits + 1 })
  })

  test('removing an action is undone like any edit', async () => {
    await store.getState().act({ type: 'cleaner.run' })
    store.getState().removeAction(0)
    expect(undoLabel(store.getState().history)).toBe('remove cleaner run at 30 s')
    store.getState().undo()
    expect(store.getState().scenario.actions).toEqual([{ type: 'cleaner.run', at: 30_000 }])
  })

  test('a new edit after an undo leaves nothing to redo', async () => {
    await store.getState().act({ type: 'cleaner.run' })
    store.getState().undo()
    await store.getState().act({ type: 'retention.run' })
    expect(store.getState().redo()).toBe(false)
    expect(store.getState().scenario.actions).toEqual([{ type: 'retention.run', at: 30_000 }])
  })

  test('with nothing to undo or redo, nothing changes', () => {
    expect(store.getState().undo()).toBe(false)
    expect(store.getState().redo()).toBe(false)
    expect(store.getState()).toMatchObject({ scenario: defaultScenario, editCount: 0 })
  })

  test('opening another scenario starts a new history', async () => {
    await store.getState().act({ type: 'cleaner.run' })
    await store.getState().load(defaultScenario, { cursor: 10_000 })
    expect(store.getState().history).toEqual({ past: [], future: [] })
    expect(store.getState().undo()).toBe(false)
  })
})
