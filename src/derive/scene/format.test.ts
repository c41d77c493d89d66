import { describe, expect, test } from 'vitest'
import { formatRecordTimestamp, formatSimTime } from './format'

describe('formatSimTime', () => {
  test('shows zero and sub-second times in milliseconds', () => {
    expect(formatSimTime(0)).toBe('0 ms')
    expect(formatSimTime(250)).toBe('250 ms')
  })

  test('keeps the two largest non-zero units', () => {
    expect(formatSimTime(1_500)).toBe('1 s 500 ms')
    expect(formatSimTime(150_000)).toBe('2 min 30 s')
    expect(formatSimTime(150_250)).toBe('2 min 30 s')
    expect(formatSimTime(3_600_000 + 5_000)).toBe('1 h 5 s')
    expect(formatSimTime(7 * 86_400_000)).toBe('7 d')
    expect(formatSimTime(86_400_000 + 2 * 3_600_000 + 1)).toBe('1 d 2 h')
  })

  test('marks negative durations with a minus sign', () => {
    expect(formatSimTime(-60_000)).toBe('−1 min')
  })
})

describe('formatRecordTimestamp', () => {
  test('is the simulated time, and on a real date also epoch milliseconds and the UTC date', () => {
    expect(formatRecordTimestamp(1_500, undefined)).toBe('1 s 500 ms')
    expect(formatRecordTimestamp(1_500, 1_714_521_600_000)).toBe(
      '1 s 500 ms · 1714521601500 (2024-05-01T00:00:01.500Z)',
    )
  })
})
