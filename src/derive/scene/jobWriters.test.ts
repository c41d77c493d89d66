import { describe, expect, test } from 'vitest'
import type { ScenarioInput } from '../../scenario/schema'
import { isolate } from '../../sim'
import { sceneAt, timelineOf } from './testScene'

/** A live counter and, from 10 s, a rewound copy of it writing into the same output. */
const sharedOutput: ScenarioInput = {
  version: 3,
  name: 'two jobs, one output',
  durationMs: 20_000,
  topics: [{ name: 'page-views' }],
  producers: [
    {
      name: 'web',
      topic: 'page-views',
      recordsPerSecond: 1,
      keys: { count: 3, prefix: 'page-', pick: 'sequential' },
    },
  ],
  jobs: [
    {
      'job.name': 'page-counter',
      processor: { type: 'count' },
      inputs: ['page-views'],
      changelog: 'live-changelog',
      output: 'page-counts',
      'task.commit.ms': 2_000,
    },
    {
      'job.name': 'page-counter',
      'job.id': 'shared',
      processor: { type: 'count' },
      inputs: ['page-views'],
      changelog: 'shared-changelog',
      output: 'page-counts',
      'task.commit.ms': 2_000,
      'samza.offset.default': 'oldest',
      processingRate: 5,
      startMs: null,
    },
  ],
  actions: [{ type: 'job.start', at: 10_000, job: 'page-counter_shared' }],
}

describe('the scene: who wrote each record of a lane jobs write', () => {
  const timeline = timelineOf(sharedOutput)
  const outputLane = (t: number) =>
    sceneAt(timeline, t).lanes.find((l) => l.topic === 'page-counts')

  test('a job set to write an output that has not started is not named as its writer', () => {
    const lane = outputLane(9_000)!
    expect(lane.writers).toEqual(['page-counter_1', 'page-counter_shared'])
    expect(lane.writtenBy).toEqual(['page-counter_1'])
    expect(lane.cells!.length).toBeGreaterThan(0)
    expect(lane.cells!.every((c) => c.writer === 'page-counter_1')).toBe(true)
  })

  test('once both write one output, each record names the job that sent it', () => {
    const lane = outputLane(20_000)!
    expect(lane.writtenBy).toEqual(['page-counter_1', 'page-counter_shared'])
    const world = timeline.worldAt(20_000)
    const sent = (app: string): number =>
      world.jobs.get(app)!.tasks.reduce((sum, task) => sum + task.sent, 0)
    const written = (app: string): number => lane.cells!.filter((c) => c.writer === app).length
    // The output is not compacted: every record either job sent is still in it.
    expect(written('page-counter_1')).toBe(sent('page-counter_1'))
    expect(written('page-counter_shared')).toBe(sent('page-counter_shared'))
    expect(written('page-counter_shared')).toBeGreaterThan(0)
    // The rewound job's records come after its start, among the live job's.
    const firstShared = lane.cells!.find((c) => c.writer === 'page-counter_shared')!
    expect(firstShared.timestamp).toBeGreaterThanOrEqual(10_000)
  })

  test('a cell prints its writer and key in full, the writer as "job <id>", or not at all', () => {
    // Never a fragment ("1" of page-counter_1, "0" of page-0): under an offset it reads as a number.
    const printed = new Set<string | null>()
    for (const width of [400, 900, 2_000, 6_000]) {
      const lane = sceneAt(timeline, 20_000, { width }).lanes.find(
        (l) => l.topic === 'page-counts',
      )!
      for (const cell of lane.cells!) {
        const writer = cell.writer!
        const short = `job ${writer.slice(writer.lastIndexOf('_') + 1)}`
        expect([writer, short, null]).toContain(cell.writerLabel)
        expect([isolate(cell.key!), null]).toContain(cell.keyLabel)
        printed.add(cell.writerLabel)
      }
    }
    // The widths above reach each form (the longer name never fits a cell).
    for (const form of ['page-counter_1', 'job 1', 'job shared', null])
      expect(printed).toContain(form)
  })

  test('a changelog names its one job; an input lane names no writer in its cells', () => {
    const s = sceneAt(timeline, 20_000)
    const changelog = s.lanes.find((l) => l.topic === 'shared-changelog')!
    expect(changelog.writtenBy).toEqual(['page-counter_shared'])
    const input = s.lanes.find((l) => l.topic === 'page-views')!
    expect(input.writtenBy).toEqual([])
    expect(input.cells!.every((c) => c.writer === null)).toBe(true)
  })
})
