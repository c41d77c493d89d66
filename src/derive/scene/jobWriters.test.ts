import { describe, expect, test } from 'vitest'
import type { ScenarioInput } from '../../scenario/schema'
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

  test('in cells too narrow for a name, the two writers still print different labels', () => {
    const lane = sceneAt(timeline, 20_000).lanes.find((l) => l.topic === 'page-counts')!
    const labels = (app: string): Set<string | null> =>
      new Set(lane.cells!.filter((c) => c.writer === app).map((c) => c.writerLabel))
    expect(labels('page-counter_1')).toEqual(new Set(['1']))
    const shared = [...labels('page-counter_shared')]
    expect(shared).toHaveLength(1)
    expect(shared[0]).toMatch(/^s[a-z]*…$/)
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
