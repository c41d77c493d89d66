import { describe, expect, test } from 'vitest'
import { lessonById } from '../lessons'
import { eventsOf } from './simulation'
import { countUntil, distinctTimes, notableEvents, routineAt, stepTime } from './steps'

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

describe('routine events at the cursor', () => {
  test('the idle cleaner and empty retention checks at that very time, and only those', () => {
    const compaction = lessonById('log-compaction')!
    const events = eventsOf(compaction.scenario)
    // log-compaction step 3 (15 s) says the cleaner stayed idle.
    expect(routineAt(events, 15_000).map((e) => e.type)).toContain('cleaner.idle')
    expect(routineAt(events, 15_000).every((e) => e.time === 15_000)).toBe(true)
    expect(routineAt(events, 15_000).some((e) => notableEvents([e]).length > 0)).toBe(false)
    // time-retention step 2 (25 s) says the retention task ran and deleted nothing.
    const retention = lessonById('time-retention')!
    const checks = routineAt(eventsOf(retention.scenario), 25_000)
    expect(checks).toContainEqual(
      expect.objectContaining({ type: 'retention.checked', segmentsDeleted: 0 }),
    )
    expect(routineAt(events, 15_001)).toEqual([])
  })
})
