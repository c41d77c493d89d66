import { describe, expect, test } from 'vitest'
import { countUntil, distinctTimes, stepTime } from './steps'

const times = distinctTimes([{ time: 10 }, { time: 10 }, { time: 20 }, { time: 35 }, { time: 50 }])

describe('stepping through events', () => {
  test('distinct times keep each time once', () => {
    expect(times.map((t) => t.time)).toEqual([10, 20, 35, 50])
  })

  test('counts the events at or before a time', () => {
    expect(countUntil(times, 9)).toBe(0)
    expect(countUntil(times, 20)).toBe(2)
    expect(countUntil(times, 99)).toBe(4)
  })

  test('a step forwards goes to the next event time after the cursor', () => {
    expect(stepTime(times, 10, 1, 60)).toBe(20)
    expect(stepTime(times, 12.5, 1, 60)).toBe(20)
    expect(stepTime(times, 0, 3, 60)).toBe(35)
  })

  test('a step backwards goes to the previous event time before the cursor', () => {
    expect(stepTime(times, 35, -1, 60)).toBe(20)
    expect(stepTime(times, 40, -1, 60)).toBe(35)
    expect(stepTime(times, 50, -10, 60)).toBe(0)
  })

  test('past the last event a step forwards goes to the end', () => {
    expect(stepTime(times, 50, 1, 60)).toBe(60)
    expect(stepTime([], 5, 1, 60)).toBe(60)
  })
})
