import { describe, expect, test } from 'vitest'
import { builtinLessons } from '../../lessons'
import type { ScenarioInput } from '../../scenario/schema'
import { snapshotJob } from '../../sim'
import { labelRowHeight } from './labelLayout'
import { STORE_ROWS } from './jobBoxes'
import { MAX_CELL_PX } from './lane'
import { colorOf, lessonTimeline, sceneAt, timelineOf } from './testScene'
import type { Box, Lane } from './types'

function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

describe('the scene: lanes', () => {
  test('every partition of a two-partition topic is a lane, stacked without overlapping', () => {
    const s = sceneAt(lessonTimeline('the-log'), 5_000)
    expect(s.lanes.map((l) => l.id)).toEqual(['page-views-0', 'page-views-1'])
    const [a, b] = s.lanes as [Lane, Lane]
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height)
    expect(s.height).toBeGreaterThanOrEqual(b.y + b.height)
  })

  test('a topic with many partitions shows a few lanes and "and N more"; the focus stays', () => {
    const timeline = timelineOf({
      version: 3,
      name: 'eight partitions',
      durationMs: 1_000,
      topics: [{ name: 'events', partitions: 8 }],
    })
    const s = sceneAt(timeline, 0, { focus: { topic: 'events', partition: 6 } })
    expect(s.lanes.map((l) => l.partition)).toEqual([0, 1, 6])
    expect(s.collapsed).toMatchObject([{ topic: 'events', hidden: 5 }])
    const all = sceneAt(timeline, 0, { expanded: new Set(['events']) })
    expect(all.lanes).toHaveLength(8)
    expect(all.collapsed).toEqual([])
  })

  test("a job's checkpoint topic stays off the stage unless it is the focus", () => {
    const timeline = lessonTimeline('stream-job')
    const checkpoints = '__samza_checkpoint_ver_1_for_page-counter_1'
    const lanes = (focus: { topic: string; partition: number } | null) =>
      sceneAt(timeline, 10_000, { focus }).lanes.map((l) => l.id)
    expect(lanes(null)).not.toContain(`${checkpoints}-0`)
    expect(lanes({ topic: checkpoints, partition: 0 })).toContain(`${checkpoints}-0`)
  })

  test('a short log fits its content: no offsets past the log end, no cell wider than the cap', () => {
    const s = sceneAt(lessonTimeline('the-log'), 3_000, { width: 900 })
    for (const lane of s.lanes) {
      expect(lane.range.from).toBe(0)
      expect(lane.perOffset).toBeLessThanOrEqual(MAX_CELL_PX)
      expect(lane.range.to).toBe(Math.max(lane.logEndOffset, 1))
    }
  })

  test('cells carry a stable id, their key colour, and the offset and key when there is room', () => {
    const s = sceneAt(lessonTimeline('the-log'), 10_000, { width: 1200, labelPx: 12 })
    const lane = s.lanes[0]!
    expect(lane.cells!.length).toBeGreaterThan(0)
    for (const cell of lane.cells!) {
      expect(cell.id).toBe(`page-views-0#${cell.offset}`)
      expect(cell.color).toBe(colorOf(cell.key))
      expect(cell.offsetLabel).toBe(String(cell.offset))
    }
    const narrow = sceneAt(lessonTimeline('the-log'), 10_000, { width: 40, labelPx: 12 })
    expect(narrow.lanes[0]!.cells!.every((c) => c.offsetLabel === null)).toBe(true)
  })

  test('a dense log is drawn as columns, not one cell per record', () => {
    const scenario: ScenarioInput = {
      version: 3,
      name: 'dense',
      durationMs: 10_000,
      topics: [{ name: 'events', partitions: 1, config: { 'segment.bytes': 1_000 } }],
      producers: [
        {
          name: 'p',
          topic: 'events',
          recordsPerSecond: 1_000,
          stopMs: 10_000,
          keys: { count: 50, prefix: 'k', pick: 'uniform' },
          values: { pattern: 'index', prefix: 'v' },
        },
      ],
    }
    const lane = sceneAt(timelineOf(scenario), 10_000, { width: 600 }).lanes[0]!
    expect(lane.cells).toBeNull()
    expect(lane.density!.filled.length).toBe(600)
  })
})

describe('the scene: markers, ghosts and resets', () => {
  test('a segment deleted by retention is a ghost left of the log start, saying when and why', () => {
    const s = sceneAt(lessonTimeline('time-retention'), 35_000)
    const lane = s.lanes.find((l) => l.id === 'page-views-0')!
    expect(lane.logStartOffset).toBe(6)
    expect(lane.ghosts).toMatchObject([
      { baseOffset: 0, endOffset: 6, recordCount: 6, deletedAt: 35_000 },
    ])
    const ghost = lane.ghosts[0]!
    expect(ghost.label).toBe('deleted at 35 s by retention.ms')
    expect(ghost.why).toContain('newest timestamp 10 s < now − retention.ms')
    expect(lane.range.from).toBe(0)
    expect(lane.labels.some((l) => l.markerId === ghost.id)).toBe(true)
  })

  test('a reader reset out of range shows the offset asked for, where it went, and what it skips', () => {
    const timeline = lessonTimeline('time-retention')
    const resets = timeline
      .eventsUntil(60_000)
      .filter((e) => e.type === 'consumer.offsetOutOfRange')
    expect(resets.length).toBeGreaterThan(0)
    for (const event of resets) {
      const lane = sceneAt(timeline, event.time).lanes.find((l) => l.id === 'page-views-0')!
      const arrow = lane.resets.find((r) => r.reader === event.consumer)!
      expect(arrow).toMatchObject({ requested: event.position, resetTo: event.newPosition })
      expect(arrow.skipped.to - arrow.skipped.from).toBe(event.skipped)
      expect(arrow.label).toContain(`auto.offset.reset=${event.reset}`)
    }
  })

  test('an out-of-range single request marks the reader awaiting reset; the arrow comes with the reset', () => {
    const timeline = timelineOf({
      version: 3,
      name: 'two-step reset',
      durationMs: 10_000,
      periodicMaintenance: false,
      topics: [{ name: 'events' }],
      consumers: [{ name: 'c', topic: 'events', 'auto.offset.reset': 'earliest' }],
      actions: [
        {
          type: 'produce',
          at: 0,
          topic: 'events',
          records: [0, 1, 2, 3].map(() => ({ key: 'k', value: 'v' })),
        },
        { type: 'consumer.seek', at: 1_000, consumer: 'c', offset: 1 },
        { type: 'deleteRecords', at: 2_000, topic: 'events', offset: 3 },
        { type: 'consumer.fetch', at: 3_000, consumer: 'c', singleRequest: true },
        { type: 'consumer.fetch', at: 4_000, consumer: 'c', singleRequest: true },
      ],
    })
    const lane = (t: number) => sceneAt(timeline, t).lanes.find((l) => l.id === 'events-0')!
    const afterError = lane(3_000)
    expect(afterError.resets).toEqual([])
    expect(afterError.markers.find((m) => m.owner === 'c')?.label).toBe(
      'c at 1 (below log start) · awaiting reset',
    )
    expect(lane(4_000).resets).toMatchObject([{ reader: 'c', requested: 1, resetTo: 3 }])
  })

  test('job tasks are marked at their position with their last checkpoint', () => {
    const timeline = lessonTimeline('stream-job')
    const world = timeline.worldAt(20_000)
    const s = sceneAt(timeline, 20_000)
    for (const job of world.jobs.values()) {
      for (const input of job.tasks.flatMap((t) => t.inputs)) {
        if (input.position === null) continue
        const lane = s.lanes.find((l) => l.id === `${input.topic}-${input.partition}`)!
        const marker = lane.markers.find((m) => m.id === `${lane.id}:task:${job.app}`)!
        expect(marker).toMatchObject({ offset: input.position, checkpoint: input.checkpointed })
      }
    }
  })

  test('a checkpoint moved back to -1 says where the task resumes, not just "-1"', () => {
    // simple-rewind writes -1 for page-counter_1 at 15 s and starts it again at 16 s.
    const timeline = lessonTimeline('simple-rewind')
    const input = timeline.worldAt(16_000).jobs.get('page-counter_1')!.tasks[0]!.inputs[0]!
    expect(input.checkpointed).toBe(-1)
    const lane = sceneAt(timeline, 16_000).lanes.find((l) => l.id === 'page-views-0')!
    const marker = lane.markers.find((m) => m.id === 'page-views-0:task:page-counter_1')!
    expect(marker.label).toContain('checkpoint -1 → resumes at 0')
    const later = sceneAt(timeline, 23_000).lanes.find((l) => l.id === 'page-views-0')!
    const label = later.markers.find((m) => m.id === marker.id)!.label
    expect(label).toMatch(/checkpoint \d+$/)
  })

  test.each(builtinLessons().map((l) => [l.id, l] as const))(
    'no two marker labels overlap at any step of %s, at classroom and presenter sizes',
    (_, lesson) => {
      const timeline = lessonTimeline(lesson.id)
      for (const step of lesson.steps) {
        for (const [width, labelPx] of [
          [700, 12],
          [1200, 22],
        ] as const) {
          for (const lane of sceneAt(timeline, step.at, { width, labelPx }).lanes) {
            for (const [i, a] of lane.labels.entries()) {
              expect(a.box.x).toBeGreaterThanOrEqual(0)
              expect(a.box.x + a.box.width).toBeLessThanOrEqual(width)
              expect(a.box.y).toBeGreaterThanOrEqual(lane.y)
              expect(a.box.y + a.box.height).toBeLessThanOrEqual(lane.y + lane.height)
              for (const b of lane.labels.slice(i + 1))
                expect(boxesOverlap(a.box, b.box)).toBe(false)
            }
          }
        }
      }
    },
  )
})

describe('the scene: jobs', () => {
  test('a job is a box between the lanes it reads and the changelog and output lanes it writes', () => {
    const timeline = lessonTimeline('stream-job')
    const world = timeline.worldAt(10_000)
    const s = sceneAt(timeline, 10_000)
    const [job] = s.jobs
    expect(job).toMatchObject({
      id: 'page-counter_1',
      inputLanes: ['page-views-0', 'page-views-1'],
    })
    expect(job!.changelogLanes).toEqual(['page-counter-changelog-0', 'page-counter-changelog-1'])
    expect(job!.outputLanes.length).toBeGreaterThan(0)
    const stored = new Map(
      world.jobs
        .get('page-counter_1')!
        .tasks.flatMap((t) =>
          t.store.values.flatMap((v, id) =>
            v === undefined ? [] : [[world.keyTable.keys[id]!, v]],
          ),
        ) as [string, string][],
    )
    expect(job!.storeSize).toBe(stored.size)
    for (const entry of job!.store) expect(entry.value).toBe(stored.get(entry.key))
    const above = s.lanes.filter((l) => l.topic === 'events')
    const below = s.lanes.filter((l) => l.role === 'output' || l.role === 'changelog')
    for (const lane of above) expect(lane.y + lane.height).toBeLessThanOrEqual(job!.box.y)
    for (const lane of below) expect(lane.y).toBeGreaterThanOrEqual(job!.box.y + job!.box.height)
    const output = s.lanes.find((l) => l.role === 'output' && l.cells!.length > 0)!
    expect(output.cells!.every((c) => c.writer === 'page-counter_1')).toBe(true)
    // The writer is printed in the cell: the whole job name, or "job <job.id>" (or the id) when that
    // is all that fits; never a bare "_1".
    const printed = output.cells!.map((c) => c.writerLabel)
    expect(printed.some((label) => label !== null)).toBe(true)
    for (const label of printed)
      if (label !== null) expect(['page-counter_1', 'job 1', '1']).toContain(label)
    const narrow = sceneAt(timeline, 10_000, { width: 500 }).lanes.find((l) => l.id === output.id)!
    expect(narrow.cells!.map((c) => c.writerLabel)).toEqual(narrow.cells!.map(() => 'job 1'))
  })

  test('a restoring job box says how many changelog records it replays, and with host affinity from what', () => {
    // host-affinity: in place at 25.5 s (nothing to replay), moved to host 1 at 45.5 s (18 records, until 50 s).
    const timeline = lessonTimeline('host-affinity')
    const moved = sceneAt(timeline, 46_000).jobs[0]
    expect(moved?.restoreNote).toBe('restoring 18 records, no local copy')
    expect(moved?.restoring).toBeCloseTo(0.5 / 4.5)
    expect(sceneAt(timeline, 25_500).jobs[0]?.restoreNote).toBeNull()
    expect(sceneAt(timeline, 50_000).jobs[0]?.restoreNote).toBeNull()
    // Without host affinity the note gives the records alone (lesson 10's move to host 1 at 25 s).
    const brokers = sceneAt(lessonTimeline('brokers'), 25_000).jobs[0]
    expect(brokers?.restoreNote).toMatch(/^restoring \d+ records$/)
  })

  test('a job box lists the first keys of its store in key order, and counts every key', () => {
    const timeline = lessonTimeline('parallel-rewind')
    for (const t of [10_000, 20_000, 40_000]) {
      const world = timeline.worldAt(t)
      for (const box of sceneAt(timeline, t).jobs) {
        const stored = new Map(
          snapshotJob(world, world.jobs.get(box.id)!).tasks.flatMap((task) => task.store),
        )
        const sorted = [...stored].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        expect(box.store.map((e) => [e.key, e.value])).toEqual(sorted.slice(0, STORE_ROWS))
        expect(box.storeSize).toBe(stored.size)
      }
    }
  })

  test('every job box has a row for each store entry it lists, even beside a job with an empty store', () => {
    const s = sceneAt(lessonTimeline('parallel-rewind'), 20_000)
    expect(s.jobs.some((j) => j.storeSize === 0)).toBe(true)
    const row = labelRowHeight(12)
    for (const job of s.jobs) {
      // Title, entries, and the "store: N keys" line under them.
      expect(job.box.height).toBeGreaterThanOrEqual(row * (job.store.length + 2))
    }
  })
})

describe('the scene: lanes held as they were drawn', () => {
  test('a held lane is drawn as built before, and the lanes after it follow its height', () => {
    const timeline = lessonTimeline('parallel-rewind')
    const before = sceneAt(timeline, 10_000)
    const whole = sceneAt(timeline, 20_000)
    const held = before.lanes[0]!
    const s = sceneAt(timeline, 20_000, { held: new Map([[held.id, held]]) })
    expect(s.lanes[0]).toBe(held)
    const [first, second] = whole.lanes as [Lane, Lane]
    expect(s.lanes[1]).toMatchObject({ id: second.id, y: second.y - first.height + held.height })
    expect(s.lanes.slice(1).map((l) => l.id)).toEqual(whole.lanes.slice(1).map((l) => l.id))
  })

  test('a held lane whose place moved (a job box grew, a lane came) is built again where it goes', () => {
    const timeline = lessonTimeline('parallel-rewind')
    const before = sceneAt(timeline, 10_000)
    const whole = sceneAt(timeline, 20_000)
    const moved = before.lanes.find((lane) => {
      const now = whole.lanes.find((l) => l.id === lane.id)
      return now !== undefined && now.y !== lane.y
    })
    if (moved === undefined) throw new Error('a lane of 10 s sits elsewhere at 20 s')
    const s = sceneAt(timeline, 20_000, { held: new Map([[moved.id, moved]]) })
    const placed = s.lanes.find((l) => l.id === moved.id)
    expect(placed).not.toBe(moved)
    expect(placed).toEqual(whole.lanes.find((l) => l.id === moved.id))
  })
})

describe('the scene: a part of it, for a frame too small for all', () => {
  test('only the lanes asked for, in stage order, with or without the jobs row, and shorter', () => {
    const timeline = lessonTimeline('parallel-rewind')
    const whole = sceneAt(timeline, 20_000)
    const lanes = new Set(['page-counts-v2-0', 'page-views-0'])
    const part = sceneAt(timeline, 20_000, { shown: { lanes, jobs: true } })
    expect(part.lanes.map((l) => l.id)).toEqual(['page-views-0', 'page-counts-v2-0'])
    expect(part.jobs.map((j) => j.id)).toEqual(whole.jobs.map((j) => j.id))
    expect(part.height).toBeLessThan(whole.height)
    const noJobs = sceneAt(timeline, 20_000, { shown: { lanes, jobs: false } })
    expect(noJobs.jobs).toEqual([])
    expect(noJobs.lanes.map((l) => l.id)).toEqual(['page-views-0', 'page-counts-v2-0'])
    const [top, bottom] = noJobs.lanes as [Lane, Lane]
    expect(bottom.y).toBeGreaterThanOrEqual(top.y + top.height)
    expect(noJobs.height).toBeLessThan(part.height)
  })
})

describe('the scene: a replicated partition’s leadership', () => {
  test('a lane tells its leader and ISR as they change, and nothing with one replica', () => {
    const brokers = lessonTimeline('brokers')
    const leadership = (t: number) =>
      sceneAt(brokers, t).lanes.find((l) => l.id === 'page-views-0')?.leadership
    // Broker 0 fails: broker 1 leads alone; back later, broker 0 rejoins the ISR.
    expect(leadership(4_000)).toBe('leader 0, ISR [0, 1]')
    expect(leadership(11_000)).toBe('leader 1, ISR [1]')
    expect(leadership(31_000)).toBe('leader 1, ISR [0, 1]')
    const single = sceneAt(lessonTimeline('parallel-rewind'), 20_000)
    expect(single.lanes.map((l) => l.leadership)).toEqual(single.lanes.map(() => null))
  })
})
