import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { afterPaint, frameNumber } from './frameNumber'

/** Animation frame callbacks waiting for the next frame, run by `nextFrame`. */
let waiting = new Map<number, FrameRequestCallback>()
let lastId = 0

function nextFrame(): void {
  const callbacks = [...waiting.values()]
  waiting = new Map()
  for (const callback of callbacks) callback(0)
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    waiting.set(++lastId, callback)
    return lastId
  })
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    waiting.delete(id)
  })
})

afterEach(() => {
  // The frame a test left asked for comes, as it would in a browser.
  nextFrame()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the frame number', () => {
  test('stays the same until the next frame, then goes up by one', () => {
    const first = frameNumber()
    expect(frameNumber()).toBe(first)
    nextFrame()
    expect(frameNumber()).toBe(first + 1)
    expect(frameNumber()).toBe(first + 1)
  })

  test('counts only frames someone asked about', () => {
    const first = frameNumber()
    nextFrame()
    nextFrame()
    nextFrame()
    expect(frameNumber()).toBe(first + 1)
  })
})

describe('after the next paint', () => {
  test('runs in a task after the next frame, not before', () => {
    const run = vi.fn()
    afterPaint(run)
    vi.runAllTimers()
    expect(run).not.toHaveBeenCalled()
    nextFrame()
    expect(run).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(run).toHaveBeenCalledOnce()
  })

  test('cancelled before the frame or after it, it does not run', () => {
    const early = vi.fn()
    const late = vi.fn()
    const cancelEarly = afterPaint(early)
    const cancelLate = afterPaint(late)
    cancelEarly()
    nextFrame()
    cancelLate()
    vi.runAllTimers()
    expect(early).not.toHaveBeenCalled()
    expect(late).not.toHaveBeenCalled()
  })
})
