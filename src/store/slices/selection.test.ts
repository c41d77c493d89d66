import { beforeEach, describe, expect, test } from 'vitest'
import { partitionWithArchiveAt } from '../../derive/partitionAt'
import { fullRange } from '../../derive/scene/stripModel'
import { worldAt } from '../../derive/simulation'
import { defaultScenario } from '../../scenario/builtin'
import { initialAppState, useAppStore } from '../appStore'

const store = useAppStore
const AT = 90_000

/** The whole log of the selected partition at the cursor, as the log view draws it. */
function wholeLog() {
  const { scenario, cursor, topic, partition } = store.getState()
  return fullRange(partitionWithArchiveAt(worldAt(scenario, cursor), topic, partition)!)
}

beforeEach(() => {
  store.setState(initialAppState(defaultScenario))
  store.getState().seek(AT)
})

describe('zooming and panning the selected log', () => {
  test('zooming in halves the offsets on screen around the offset asked for', () => {
    const full = wholeLog()
    const center = Math.round((full.from + full.to) / 2)
    store.getState().zoomLog(0.5, center)
    const window = store.getState().logWindow!
    expect(window.to - window.from).toBe(Math.round((full.to - full.from) / 2))
    expect(window.from).toBeLessThanOrEqual(center)
    expect(window.to).toBeGreaterThan(center)
  })

  test('zooming back out to the whole log clears the window', () => {
    store.getState().zoomLog(0.5)
    store.getState().zoomLog(2)
    expect(store.getState().logWindow).toBeNull()
  })

  test('panning moves the window by whole offsets and never past the log', () => {
    const full = wholeLog()
    store.getState().zoomLog(0.5)
    const before = store.getState().logWindow!
    store.getState().panLog(-1)
    expect(store.getState().logWindow).toEqual({ from: before.from - 1, to: before.to - 1 })
    store.getState().panLog(-1_000_000)
    expect(store.getState().logWindow!.from).toBe(full.from)
  })

  test('an unzoomed log has nothing to pan', () => {
    store.getState().panLog(5)
    expect(store.getState().logWindow).toBeNull()
  })

  test('choosing another partition shows its whole log', () => {
    store.getState().zoomLog(0.5)
    store.getState().selectPartition('user-profiles', 0)
    expect(store.getState().logWindow).toBeNull()
  })
})
