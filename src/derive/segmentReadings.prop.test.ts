import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseScenarioJson } from '../scenario/parse'
import type { Scenario } from '../scenario/schema'
import type { PartitionSnapshot, RecordSnapshot, ReadonlyWorld } from '../sim'
import { createTimeline, segmentRecords } from '../sim'
import { partitionAt } from './partitionAt'
import { countRecordsIn, fullRange, stripMarks } from './scene/stripModel'
import { producersOf, rowsOf } from './segmentReadings'

function scenarioFile(name: string): Scenario {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', name), 'utf8')
  const parsed = parseScenarioJson(text)
  if (!parsed.ok) throw new Error(`${name} does not parse`)
  return parsed.value
}

/** What a full read of the engine's segments gives: every record, made now. */
function fullSegments(world: ReadonlyWorld, topic: string, partition: number) {
  const log = world.topics.get(topic)?.partitions[partition]
  return (log?.segments ?? []).map((segment) => segmentRecords(segment))
}

function producersScanned(records: readonly RecordSnapshot[]): string[] {
  const seen = new Set<string>()
  for (const record of records) if (record.producer !== undefined) seen.add(record.producer)
  return [...seen]
}

/** The partition with plain record arrays: what the stage read before segments were lazy. */
function plainCopy(partition: PartitionSnapshot): PartitionSnapshot {
  return {
    ...partition,
    segments: partition.segments.map((s) => ({
      baseOffset: s.baseOffset,
      active: s.active,
      records: [...s.records],
    })),
  }
}

describe.each([
  ['the default scenario (compaction, tombstones)', 'default.json'],
  ['the parallel rewind (two jobs writing)', 'parallel-rewind.json'],
])('segments read by storage in %s', (_, file) => {
  const scenario = scenarioFile(file)
  const timeline = createTimeline(scenario)
  const end = scenario.durationMs

  test('equal a full read at every time of any sequence, forwards and backwards', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: end }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 40, max: 2_000 }),
        (times, width) => {
          for (const t of times) {
            const world = timeline.worldAt(t)
            for (const [topic, state] of world.topics) {
              state.partitions.forEach((_log, p) => {
                const read = partitionAt(world, topic, p)
                if (read === null) return
                const full = fullSegments(world, topic, p)
                expect(read.segments.map((s) => s.records)).toEqual(full)
                read.segments.forEach((segment, i) => {
                  const records = full[i] ?? []
                  expect(producersOf(segment)).toEqual(producersScanned(records))
                  const rows = rowsOf(segment)
                  expect(rows.count).toBe(records.length)
                  records.forEach((r, row) => {
                    expect(rows.offsetAt(row)).toBe(r.offset)
                    expect(rows.tombstoneAt(row)).toBe(r.key !== null && r.value === null)
                  })
                })
                // The stage's marks from storage equal the marks from plain record arrays.
                const range = fullRange(read)
                const plain = plainCopy(read)
                expect(stripMarks(read, range, width)).toEqual(stripMarks(plain, range, width))
                expect(countRecordsIn(read, range)).toBe(countRecordsIn(plain, range))
              })
            }
          }
        },
      ),
      { numRuns: 15 },
    )
  })
})
