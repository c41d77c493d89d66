import { describe, expect, test } from 'vitest'
import type { SimEvent } from '../../sim'
import { cleanerSpans } from './cleanerSpans'

const at = { topic: 't', partition: 0 }
const started = (time: number, endsAt: number): SimEvent => ({
  type: 'cleaner.passStarted',
  time,
  ...at,
  firstDirtyOffset: 0,
  firstUncleanableOffset: 4,
  dirtyRatio: 1,
  ioBytes: 10,
  endsAt,
})
const pass = (time: number, startedAt?: number): SimEvent => ({
  type: 'cleaner.pass',
  time,
  ...at,
  firstDirtyOffset: 0,
  endOffset: 4,
  firstUncleanableOffset: 4,
  dirtyRatio: 1,
  forcedByMaxLag: false,
  partial: false,
  recordsRead: 4,
  recordsRemoved: 2,
  tombstonesStamped: 0,
  tombstonesDropped: 0,
  segmentsBefore: 2,
  segmentsAfter: 1,
  ...(startedAt === undefined ? {} : { startedAt }),
})

describe('cleaner passes on the time line', () => {
  test('a throttled pass spans its start to its end; an instant one has no span', () => {
    // 1,000 ms over 101 columns: one column per 10 ms.
    const spans = cleanerSpans([pass(50), started(100, 400), pass(400, 100)], 1_000, 101, 1_000)
    expect(spans).toEqual([{ x: 10, width: 30 }])
  })

  test('a pass still running where the events stop runs to the cursor', () => {
    expect(cleanerSpans([started(100, 900)], 1_000, 101, 600)).toEqual([{ x: 10, width: 50 }])
  })
})
