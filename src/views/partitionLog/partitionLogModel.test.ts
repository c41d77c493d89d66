import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  buildPartitionLogModel,
  formatOffsetRange,
  type PartitionInput,
  type SegmentRow,
} from './partitionLogModel'

const record = (offset: number, key: string | null, value: string | null) => ({
  offset,
  key,
  value,
  timestamp: offset * 1_000,
})

/** A compacted log: offsets 1, 4, 5 are gone from the first segment; 8 is a tombstone. */
const compacted: PartitionInput = {
  partition: 0,
  logStartOffset: 0,
  logEndOffset: 10,
  cleanerCheckpoint: 6,
  segments: [
    {
      baseOffset: 0,
      active: false,
      records: [record(0, 'a', 'a1'), record(2, 'b', 'b1'), record(3, 'c', 'c1')],
    },
    { baseOffset: 6, active: true, records: [record(6, 'a', 'a2'), record(8, 'b', null)] },
  ],
}

const describeRow = (row: SegmentRow): string => {
  switch (row.kind) {
    case 'record':
      return row.isTombstone ? `tombstone ${row.offset}` : `record ${row.offset}`
    case 'gap':
      return `gap ${formatOffsetRange(row.from, row.to)}`
    case 'checkpoint':
      return `checkpoint ${row.offset}`
  }
}

describe('buildPartitionLogModel', () => {
  test('lists records and the gaps between them, with segment ends from the next base offset', () => {
    const model = buildPartitionLogModel(compacted)
    expect(model.segments.map((segment) => [segment.baseOffset, segment.endOffset])).toEqual([
      [0, 6],
      [6, 10],
    ])
    expect(model.segments[0]!.rows.map(describeRow)).toEqual([
      'record 0',
      'gap 1',
      'record 2',
      'record 3',
      'gap 4–5',
    ])
  })

  test('marks tombstones and places the cleaner checkpoint before the first dirty offset', () => {
    const model = buildPartitionLogModel(compacted)
    expect(model.segments[1]!.rows.map(describeRow)).toEqual([
      'checkpoint 6',
      'record 6',
      'gap 7',
      'tombstone 8',
      'gap 9',
    ])
    expect(model.segments[1]!.tombstoneCount).toBe(1)
    expect(model.recordCount).toBe(5)
  })

  test('splits a gap that contains the cleaner checkpoint', () => {
    const model = buildPartitionLogModel({ ...compacted, cleanerCheckpoint: 5 })
    expect(model.segments[0]!.rows.map(describeRow).slice(-3)).toEqual([
      'gap 4',
      'checkpoint 5',
      'gap 5',
    ])
  })

  test('puts a checkpoint at the log end offset after the last row', () => {
    const model = buildPartitionLogModel({ ...compacted, cleanerCheckpoint: 10 })
    expect(model.segments[1]!.rows.map(describeRow).at(-1)).toBe('checkpoint 10')
  })

  test('lists only the offsets of a range, in the segments that overlap it', () => {
    const model = buildPartitionLogModel(compacted, { from: 3, to: 8 })
    expect(model.segments.map((s) => s.rows.map(describeRow))).toEqual([
      ['record 3', 'gap 4–5'],
      ['checkpoint 6', 'record 6', 'gap 7'],
    ])
    expect(buildPartitionLogModel(compacted, { from: 6, to: 10 }).segments).toHaveLength(1)
  })

  test('every offset of every segment is covered exactly once, and the checkpoint at most once', () => {
    const logArbitrary = fc
      .tuple(
        fc.array(fc.array(fc.boolean(), { maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        fc.nat({ max: 70 }),
      )
      .map(([presence, checkpointSeed]): PartitionInput => {
        let base = 0
        const segments = presence.map((present, index) => {
          const records = present.flatMap((isPresent, i) =>
            isPresent ? [record(base + i, `k${i}`, i % 3 === 0 ? null : 'v')] : [],
          )
          const segment = { baseOffset: base, active: index === presence.length - 1, records }
          base += present.length
          return segment
        })
        return {
          partition: 0,
          logStartOffset: 0,
          logEndOffset: base,
          cleanerCheckpoint: checkpointSeed <= base ? checkpointSeed : null,
          segments,
        }
      })

    fc.assert(
      fc.property(logArbitrary, (partition) => {
        const model = buildPartitionLogModel(partition)
        const covered: number[] = []
        let checkpoints = 0
        for (const row of model.segments.flatMap((segment) => segment.rows)) {
          if (row.kind === 'record') covered.push(row.offset)
          else if (row.kind === 'gap') {
            for (let offset = row.from; offset <= row.to; offset++) covered.push(offset)
          } else checkpoints++
        }
        expect(covered).toEqual(Array.from({ length: partition.logEndOffset }, (_, i) => i))
        const checkpointInLog =
          partition.cleanerCheckpoint !== null &&
          partition.cleanerCheckpoint <= partition.logEndOffset
        expect(checkpoints).toBe(checkpointInLog ? 1 : 0)
      }),
    )
  })
})

describe('formatOffsetRange', () => {
  test('prints a single offset alone and a range with an en dash', () => {
    expect(formatOffsetRange(4, 4)).toBe('4')
    expect(formatOffsetRange(4, 6)).toBe('4–6')
  })
})
