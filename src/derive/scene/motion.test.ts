import { describe, expect, test } from 'vitest'
import { eventsBetween, ease, hasMotion, laneShiftAt, laneXAt, storeValueAt } from './motion'
import { lessonTimeline, sceneAt } from './testScene'
import { transition } from './transition'

describe('the stage in motion', () => {
  test('easing starts at the scene before, ends at the scene after, and never runs backwards', () => {
    expect(ease(0)).toBe(0)
    expect(ease(1)).toBe(1)
    expect(ease(-1)).toBe(0)
    expect(ease(2)).toBe(1)
    let last = 0
    for (let i = 1; i <= 100; i++) {
      const now = ease(i / 100)
      expect(now).toBeGreaterThanOrEqual(last)
      last = now
    }
  })

  test('an offset glides from where the lane drew it before to where it draws it after', () => {
    const timeline = lessonTimeline('the-log')
    const before = sceneAt(timeline, 3_000, { width: 300 }).lanes[0]!
    const after = sceneAt(timeline, 10_000, { width: 300 }).lanes[0]!
    const xBefore = (o: number): number => (o - before.range.from) * before.perOffset
    const xAfter = (o: number): number => (o - after.range.from) * after.perOffset
    expect(xBefore(1)).not.toBe(xAfter(1))
    expect(laneXAt(before, after, 0)(1)).toBeCloseTo(xBefore(1))
    expect(laneXAt(before, after, 1)(1)).toBeCloseTo(xAfter(1))
    expect(laneXAt(before, after, 0.5)(1)).toBeCloseTo((xBefore(1) + xAfter(1)) / 2)
    expect(laneXAt(undefined, after, 0)(1)).toBeCloseTo(xAfter(1))
    expect(laneShiftAt(before, { ...after, y: before.y + 40 }, 0)).toBe(-40)
    expect(laneShiftAt(before, { ...after, y: before.y + 40 }, 1)).toBe(-0)
  })

  test('a count ticks through the numbers between; other values switch half-way', () => {
    const count = { id: 'j/k', job: 'j', key: 'k', from: '2', to: '6' }
    expect([0, 0.25, 0.5, 1].map((p) => storeValueAt(count, p))).toEqual(['2', '3', '4', '6'])
    const fresh = { ...count, from: null, to: '1' }
    expect(storeValueAt(fresh, 0.2)).toBe(null)
    expect(storeValueAt(fresh, 0.7)).toBe('1')
    const text = { ...count, from: 'Ada', to: 'Bob' }
    expect(storeValueAt(text, 0.4)).toBe('Ada')
    expect(storeValueAt(text, 0.6)).toBe('Bob')
  })

  test('a step that appends records moves; a scene and itself does not', () => {
    const timeline = lessonTimeline('the-log')
    const a = sceneAt(timeline, 3_000)
    const b = sceneAt(timeline, 10_000)
    expect(hasMotion(a, b, transition(a, b, []))).toBe(true)
    expect(hasMotion(b, b, transition(b, b, []))).toBe(false)
  })

  test('the events between two times, either way round, exclude the earlier time', () => {
    const history = lessonTimeline('time-retention').eventsUntil(60_000)
    const between = eventsBetween(history, 10_000, 40_000)
    expect(between.length).toBeGreaterThan(0)
    expect(between.every((e) => e.time > 10_000 && e.time <= 40_000)).toBe(true)
    expect(eventsBetween(history, 40_000, 10_000)).toEqual(between)
    expect(between).toEqual(history.filter((e) => e.time > 10_000 && e.time <= 40_000))
  })
})
