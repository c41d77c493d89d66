import { describe, expect, test } from 'vitest'
import type { PartitionSnapshot } from '../../sim'
import { countRecordsIn, fullRange, panRange, recordsIn, stripMarks, zoomRange } from './stripModel'

const record = (offset: number, key: string | null, value: string | null) => ({
  offset,
  key,
  value,
  timestamp: offset,
})

/** Offsets 0–9 and 20–29 hold records; 10–19 were cleaned away; 25 is a tombstone. */
const partition: PartitionSnapshot = {
  partition: 0,
  logStartOffset: 0,
  logEndOffset: 30,
  replicas: [0],
  leader: 0,
  isr: [0],
  highWatermark: 30,
  cleanerCheckpoint: 20,
  segments: [
    {
      baseOffset: 0,
      active: false,
      records: Array.from({ length: 10 }, (_, i) => record(i, `k${i}`, 'v')),
    },
    {
      baseOffset: 20,
      active: true,
      records: Array.from({ length: 10 }, (_, i) => record(20 + i, `k${i}`, i === 5 ? null : 'v')),
    },
  ],
}

describe('the log strip', () => {
  test('covers the log from the first base offset to the log end offset', () => {
    expect(fullRange(partition)).toEqual({ from: 0, to: 30 })
  })

  test('lists the records of a range across segments', () => {
    expect(recordsIn(partition, { from: 8, to: 22 }).map((r) => r.offset)).toEqual([8, 9, 20, 21])
    expect(countRecordsIn(partition, { from: 8, to: 22 })).toBe(4)
  })

  test('draws one cell per record when cells are wide enough', () => {
    const marks = stripMarks(partition, { from: 0, to: 30 }, 300)
    expect(marks.mode === 'records' && marks.records.length).toBe(20)
  })

  test('aggregates dense logs into columns of filled share and tombstones', () => {
    const marks = stripMarks(partition, { from: 0, to: 30 }, 3)
    if (marks.mode !== 'density') throw new Error('expected columns')
    expect([...marks.filled]).toEqual([1, 0, 1])
    expect([...marks.tombstones]).toEqual([0, 0, 1])
  })

  test('zooming keeps the offset under the pointer in place and stays inside the log', () => {
    expect(zoomRange({ from: 0, to: 100 }, { from: 0, to: 100 }, 0.5, 50)).toEqual({
      from: 25,
      to: 75,
    })
    expect(zoomRange({ from: 0, to: 20 }, { from: 0, to: 100 }, 100, 10)).toEqual({
      from: 0,
      to: 100,
    })
  })

  test('panning stops at the ends of the log', () => {
    expect(panRange({ from: 10, to: 30 }, { from: 0, to: 100 }, -50)).toEqual({ from: 0, to: 20 })
    expect(panRange({ from: 10, to: 30 }, { from: 0, to: 100 }, 500)).toEqual({ from: 80, to: 100 })
  })
})
