import { describe, expect, test } from 'vitest'
import type { SimEvent } from '../../sim'
import { markerColumns } from './markers'

const pass = (time: number): SimEvent => ({
  type: 'cleaner.pass',
  time,
  topic: 't',
  partition: 0,
  firstDirtyOffset: 0,
  endOffset: 1,
  firstUncleanableOffset: 1,
  dirtyRatio: 1,
  forcedByMaxLag: false,
  partial: false,
  recordsRead: 1,
  recordsRemoved: 0,
  tombstonesStamped: 0,
  tombstonesDropped: 0,
  segmentsBefore: 1,
  segmentsAfter: 1,
})

describe('scrubber markers', () => {
  test('events in one pixel column share one mark with a count', () => {
    const columns = markerColumns([pass(0), pass(1), pass(1_000)], [], 1_000, 101)
    expect(columns).toEqual([
      { kind: 'cleaner', x: 0, count: 2 },
      { kind: 'cleaner', x: 100, count: 1 },
    ])
  })

  test('the scenario’s actions are marked in their own lane; routine events are not marked', () => {
    const idle: SimEvent = { type: 'cleaner.idle', time: 5, nextIterationAt: null, reason: 'x' }
    expect(markerColumns([idle], [{ type: 'retention.run', at: 500 }], 1_000, 11)).toEqual([
      { kind: 'action', x: 5, count: 1 },
    ])
  })
})
