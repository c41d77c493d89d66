import { afterEach, describe, expect, test } from 'vitest'
import { setTimelineDrag, timelineDragged, whenNotDragged } from './timelineDrag'

afterEach(() => {
  setTimelineDrag(null)
})

describe('the drag of the time line', () => {
  test('keeps the cursor it began at until it ends', () => {
    setTimelineDrag(1_000)
    setTimelineDrag(2_000)
    expect(timelineDragged()).toBe(true)
    setTimelineDrag(null)
    expect(timelineDragged()).toBe(false)
  })
})

describe('whenNotDragged', () => {
  test('runs at once when the time line is not dragged', () => {
    const runs: string[] = []
    whenNotDragged(() => runs.push('ran'))
    expect(runs).toEqual(['ran'])
  })

  test('waits for the drag to end, and runs once', () => {
    const runs: boolean[] = []
    setTimelineDrag(1_000)
    whenNotDragged(() => runs.push(timelineDragged()))
    expect(runs).toEqual([])
    setTimelineDrag(null)
    setTimelineDrag(1_000)
    setTimelineDrag(null)
    expect(runs).toEqual([false])
  })

  test('a cancelled wait never runs', () => {
    const runs: string[] = []
    setTimelineDrag(1_000)
    const cancel = whenNotDragged(() => runs.push('ran'))
    cancel()
    setTimelineDrag(null)
    expect(runs).toEqual([])
  })
})
