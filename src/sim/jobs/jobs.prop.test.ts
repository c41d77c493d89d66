/** Invariants of the job model over random traffic, crashes and start times. */
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { advanceWorld, initialWorld } from '../engine'
import type { ScenarioAction, SimScenario } from '../simScenario'
import { snapshotJob } from '../snapshot'
import { testJob, testScenario, topic } from '../testScenario'

const pipelineArb = fc.record({
  seed: fc.integer({ min: 0, max: 10_000 }),
  partitions: fc.integer({ min: 1, max: 3 }),
  keys: fc.integer({ min: 1, max: 8 }),
  rate: fc.integer({ min: 1, max: 10 }),
  crashes: fc.array(fc.integer({ min: 1_000, max: 40_000 }), { maxLength: 3 }),
  rewindStartMs: fc.integer({ min: 0, max: 40_000 }),
  catchUpFactor: fc.integer({ min: 3, max: 10 }),
})

/** A live counter (crashing now and then) and a second one started later from the oldest offset. */
type Pipeline = typeof pipelineArb extends fc.Arbitrary<infer T> ? T : never

function pipeline(p: Pipeline): SimScenario {
  const crashes: ScenarioAction[] = p.crashes.map((at) => ({
    type: 'job.crash',
    at,
    job: 'counter_1',
    container: 0,
  }))
  return testScenario({
    seed: p.seed,
    durationMs: 90_000,
    topics: [topic('events', { 'retention.ms': 600_000 }, p.partitions)],
    producers: [
      {
        name: 'web',
        topic: 'events',
        partition: null,
        recordsPerSecond: p.rate,
        startMs: 0,
        stopMs: 30_000,
        keys: { count: p.keys, prefix: 'k', pick: 'uniform' },
        values: { pattern: 'index', prefix: 'v' },
        tombstonePerMille: 0,
      },
    ],
    jobs: [
      testJob({ processingRate: p.rate * 2 }),
      testJob({
        'job.id': '2',
        startMs: p.rewindStartMs,
        changelog: 'counter-v2',
        output: 'counts-v2',
        processingRate: p.rate * p.catchUpFactor,
      }),
    ],
    actions: crashes.sort((a, b) => a.at - b.at),
  })
}

test.prop([pipelineArb], { numRuns: 50 })(
  'reprocessing from the start with empty state ends with the live job’s store, however often the live job crashed',
  (p) => {
    const s = pipeline(p)
    const world = initialWorld(s)
    advanceWorld(world, s, s.durationMs, () => undefined)
    const store = (app: string) => {
      const job = world.jobs.get(app)
      if (!job) throw new Error(app)
      return snapshotJob(world, job).tasks.map((t) => t.store)
    }
    expect(store('counter_2')).toEqual(store('counter_1'))
    const total = store('counter_1')
      .flat()
      .reduce((sum, [, count]) => sum + Number(count), 0)
    expect(total).toBe(world.producers[0]?.sent)
  },
)

test.prop([pipelineArb], { numRuns: 50 })(
  'a task never processes an offset twice unless its container restarted',
  (p) => {
    const s = pipeline(p)
    const world = initialWorld(s)
    /** Per job, task and input: the last processed offset seen and the epoch it was seen in. */
    const seen = new Map<string, { offset: number; epoch: number }>()
    advanceWorld(
      world,
      s,
      s.durationMs,
      () => undefined,
      (w) => {
        for (const job of w.jobs.values()) {
          for (const task of job.tasks) {
            const epoch = job.containers[task.container]?.epoch ?? -1
            for (const input of task.inputs) {
              if (input.lastProcessed === null) continue
              const key = `${job.app}/${task.name}/${input.topic}`
              const before = seen.get(key)
              if (before && before.epoch === epoch)
                expect(input.lastProcessed).toBeGreaterThanOrEqual(before.offset)
              seen.set(key, { offset: input.lastProcessed, epoch })
            }
          }
        }
      },
    )
  },
)

test.prop([pipelineArb.map((p) => ({ ...p, crashes: [] }))], { numRuns: 50 })(
  'a parallel-rewind job’s lag reaches the live job’s and stays there',
  (p) => {
    const s = pipeline(p)
    const world = initialWorld(s)
    let caughtUpAt: number | null = null
    advanceWorld(world, s, s.durationMs, (e) => {
      if (e.type === 'job.caughtUp' && e.job === 'counter_2') caughtUpAt = e.time
    })
    expect(caughtUpAt).not.toBeNull()
    // Sample both lags every 100 ms after the catch-up.
    const replay = initialWorld(s)
    const lag = (app: string) =>
      snapshotJob(replay, replay.jobs.get(app)!).tasks.reduce(
        (sum, t) => sum + t.inputs.reduce((s2, i) => s2 + i.lag, 0),
        0,
      )
    // One processing run (100 ms) of arrivals per partition is the most either can trail by.
    const slack = Math.ceil(p.rate / 10) * p.partitions + p.partitions
    for (let t = caughtUpAt!; t <= s.durationMs; t += 100) {
      advanceWorld(replay, s, t, () => undefined)
      expect(lag('counter_2')).toBeLessThanOrEqual(Math.max(lag('counter_1'), slack))
    }
  },
)
