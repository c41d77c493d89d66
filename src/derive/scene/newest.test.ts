import { describe, expect, test } from 'vitest'
import type { ScenarioInput } from '../../scenario/schema'
import { isolate } from '../../sim'
import { partitionWithArchiveAt } from '../partitionAt'
import { MONO_CHAR_EM } from './labelLayout'
import { newestPerKey } from './newestPerKey'
import { sceneAt, timelineOf } from './testScene'
import type { Lane } from './types'

/** A counter of views of four pages; page-2 is deleted at 5 s (a tombstone in its output). */
const counts: ScenarioInput = {
  version: 3,
  name: 'counts with a delete',
  durationMs: 12_000,
  topics: [{ name: 'page-views' }, { name: 'notes', config: { 'cleanup.policy': 'compact' } }],
  producers: [
    {
      name: 'web',
      topic: 'page-views',
      recordsPerSecond: 2,
      keys: { count: 4, prefix: 'page-', pick: 'sequential' },
    },
  ],
  jobs: [
    {
      'job.name': 'page-counter',
      processor: { type: 'count' },
      inputs: ['page-views'],
      changelog: 'page-counter-changelog',
      output: 'page-counts',
      'task.commit.ms': 1_000,
    },
  ],
  actions: [
    {
      type: 'produce',
      at: 5_000,
      topic: 'notes',
      records: [
        { key: 'n-10', value: 'first' },
        { key: 'n-2', value: 'a' },
        { key: 'n-2', value: null },
        { key: 'n-10', value: 'second' },
      ],
    },
  ],
}

const timeline = timelineOf(counts)
const laneOf = (topic: string, width = 2_000, labelPx = 12): Lane =>
  sceneAt(timeline, 12_000, { width, labelPx }).lanes.find((l) => l.topic === topic)!

describe('newestPerKey: what a reader that reads a partition to its end has per key', () => {
  const notes = partitionWithArchiveAt(timeline.worldAt(12_000), 'notes', 0)!

  test('the newest record of each key wins; a tombstone is a deleted key; keys in numeric order', () => {
    expect(newestPerKey(notes, 10, 1_000)).toEqual({
      entries: [
        { key: 'n-2', value: null, offset: 2 },
        { key: 'n-10', value: 'second', offset: 3 },
      ],
      more: false,
    })
  })

  test('reading stops at its limits of keys and rows, and says the partition may hold more', () => {
    expect(newestPerKey(notes, 1, 1_000)).toEqual({
      entries: [{ key: 'n-10', value: 'second', offset: 3 }],
      more: true,
    })
    // Two rows back from the end: n-10's newest and n-2's tombstone.
    expect(newestPerKey(notes, 10, 2).more).toBe(true)
    expect(newestPerKey(notes, 10, 2).entries.map((e) => e.key)).toEqual(['n-2', 'n-10'])
    expect(newestPerKey(notes, 10, 4).more).toBe(false)
  })
})

describe('the scene: an output lane ends with its newest value per key', () => {
  test("each key's entry is the value of the lane's last cell with that key", () => {
    const lane = laneOf('page-counts')
    const row = lane.newest!
    const last = new Map(lane.cells!.map((c) => [c.key!, c.value!]))
    expect(last.size).toBe(4)
    expect(row.entries.map((e) => e.text)).toEqual(
      [...last].sort().map(([key, value]) => `${isolate(key)} = ${isolate(value)}`),
    )
    expect(row.more).toBe(false)
    // The row is the lane's last: below the band and every marker label.
    const lowest = Math.max(
      lane.bandY + lane.bandHeight,
      ...lane.labels.map((l) => l.box.y + l.box.height),
    )
    expect(row.y).toBeGreaterThanOrEqual(lowest)
    expect(row.y).toBeLessThan(lane.y + lane.height)
  })

  test('an input lane and a changelog have none', () => {
    expect(laneOf('page-views').newest).toBeNull()
    expect(laneOf('page-counter-changelog').newest).toBeNull()
  })

  test('a narrow lane names the keys that fit, then "…", and never runs past its width', () => {
    expect(laneOf('page-counts', 150, 20).newest).toBeNull()
    for (const width of [260, 320, 400, 480]) {
      const row = laneOf('page-counts', width, 20).newest!
      expect(row.entries.length).toBeLessThan(4)
      expect(row.more).toBe(true)
      expect(row.moreX + 20 * MONO_CHAR_EM).toBeLessThanOrEqual(width)
      expect(row.fullWidth).toBeGreaterThan(width)
      expect(row.title).toContain(isolate('page-3'))
    }
  })
})

describe('the scene: a band is as tall as the lines its cells print', () => {
  test("a lane jobs write drops the writer's line when its cells are too narrow for any writer", () => {
    const narrow = laneOf('page-counts', 600, 20)
    expect(narrow.cells!.every((c) => c.writerLabel === null)).toBe(true)
    const wide = sceneAt(timeline, 3_000, { width: 2_000, labelPx: 20 }).lanes.find(
      (l) => l.topic === 'page-counts',
    )!
    expect(wide.cells!.some((c) => c.writerLabel !== null)).toBe(true)
    expect(narrow.bandHeight).toBeLessThan(wide.bandHeight)
    // An input lane keeps room for keys, printed or not.
    expect(laneOf('page-views', 600, 20).bandHeight).toBe(narrow.bandHeight)
  })
})
