import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { PartitionSnapshot } from '../../sim'
import { densityColumns } from './densityColumns'
import type { OffsetRange } from './stripModel'

/** A partition whose segments hold records at `offsets` (ascending); `tombstone` says which. */
function partitionOf(
  segments: readonly (readonly { offset: number; tombstone: boolean }[])[],
): PartitionSnapshot {
  const all = segments.flat()
  const end = (all.at(-1)?.offset ?? -1) + 1
  return {
    partition: 0,
    logStartOffset: all[0]?.offset ?? 0,
    logEndOffset: end,
    replicas: [0],
    leader: 0,
    isr: [0],
    highWatermark: end,
    cleanerCheckpoint: 0,
    segments: segments.map((records, i) => ({
      baseOffset: records[0]?.offset ?? end,
      active: i === segments.length - 1,
      records: records.map(({ offset, tombstone }) => ({
        offset,
        key: 'k',
        value: tombstone ? null : 'v',
        timestamp: offset,
      })),
    })),
  }
}

/** The definition, one record at a time. */
function reference(partition: PartitionSnapshot, range: OffsetRange, width: number) {
  const columns = Math.max(1, Math.floor(width))
  const span = range.to - range.from
  const scale = columns / span
  const present = new Array<number>(columns).fill(0)
  const tombstones = new Array<number>(columns).fill(0)
  for (const segment of partition.segments) {
    for (const record of segment.records) {
      if (record.offset < range.from || record.offset >= range.to) continue
      const column = Math.min(columns - 1, Math.floor((record.offset - range.from) * scale))
      present[column] = (present[column] ?? 0) + 1
      if (record.value === null) tombstones[column] = (tombstones[column] ?? 0) + 1
    }
  }
  return {
    filled: Float32Array.from(present, (n) => Math.min(1, n / (span / columns))),
    tombstones: Uint16Array.from(tombstones),
  }
}

/** Segments of runs: each run either without gaps or with every other offset missing. */
const segments = fc.array(
  fc.array(
    fc.record({
      length: fc.integer({ min: 1, max: 400 }),
      gap: fc.integer({ min: 0, max: 50 }),
      sparse: fc.boolean(),
      tombstoneEvery: fc.integer({ min: 0, max: 7 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  { minLength: 1, maxLength: 4 },
)

describe('densityColumns', () => {
  test('counts records and tombstones per column exactly as one record at a time', () => {
    fc.assert(
      fc.property(
        segments,
        fc.integer({ min: 1, max: 900 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (shape, width, a, b) => {
          let offset = 0
          const built = shape.map((runs) =>
            runs.flatMap(({ length, gap, sparse, tombstoneEvery }) => {
              offset += gap
              return Array.from({ length }, (_, i) => {
                offset += sparse ? 2 : 1
                return { offset, tombstone: tombstoneEvery > 0 && i % tombstoneEvery === 0 }
              })
            }),
          )
          const partition = partitionOf(built)
          const last = partition.logEndOffset
          const from = Math.floor(Math.min(a, b) * last)
          const range = { from, to: Math.max(from + 1, Math.ceil(Math.max(a, b) * last)) }
          expect(densityColumns(partition, range, width)).toEqual(
            reference(partition, range, width),
          )
        },
      ),
    )
  })

  test('a log without gaps fills every column', () => {
    const partition = partitionOf([
      Array.from({ length: 1024 }, (_, offset) => ({ offset, tombstone: false })),
    ])
    const { filled } = densityColumns(partition, { from: 0, to: 1024 }, 8)
    expect([...filled]).toEqual([1, 1, 1, 1, 1, 1, 1, 1])
  })
})
