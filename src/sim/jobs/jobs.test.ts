/** The Samza rules (samza-semantics.md §9), each on a small scenario run by the engine. */
import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from '../engine'
import type { SimEvent } from '../events'
import type { ProducerSpec, ScenarioAction, SimScenario } from '../simScenario'
import { snapshotJob } from '../snapshot'
import { testJob, testProducer, testScenario, topic } from '../testScenario'
import { segmentRecords } from '../log/segment'
import { checkpointTopicName } from './naming'

/** 2 page views per second for 30 s over three keys on one partition of `events`. */
const views: ProducerSpec = testProducer()

function scenario(overrides: Partial<SimScenario>): SimScenario {
  return testScenario({
    durationMs: 60_000,
    topics: [topic('events', { 'retention.ms': 600_000 })],
    producers: [views],
    jobs: [testJob()],
    ...overrides,
  })
}

function run(s: SimScenario, until = s.durationMs) {
  const world = initialWorld(s)
  const events: SimEvent[] = []
  advanceWorld(world, s, until, (e) => events.push(e))
  const job = (app = 'counter_1') => {
    const state = world.jobs.get(app)
    if (!state) throw new Error(`no job ${app}`)
    return snapshotJob(world, state)
  }
  const store = (app?: string) => Object.fromEntries(job(app).tasks[0]?.store ?? [])
  const output = (name = 'counts') =>
    world.topics
      .get(name)
      ?.partitions.flatMap((p) => p.segments.flatMap((s) => segmentRecords(s))) ?? []
  const of = <T extends SimEvent['type']>(type: T) =>
    events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type)
  return { world, events, job, store, output, of }
}

/** Simple rewind to offset 0: stop, CheckpointTool writes -1 (last processed), start with `set`. */
const rewindToStart = (
  stopAt: number,
  startAt: number,
  set: { changelog?: string },
): ScenarioAction[] => [
  at(stopAt, { type: 'job.stop', job: 'counter_1' }),
  at(stopAt, {
    type: 'checkpoint.write',
    job: 'counter_1',
    offsets: [{ topic: 'events', partition: 0, offset: -1 }],
    timestamp: null,
  }),
  at(startAt, { type: 'job.start', job: 'counter_1', set }),
]

/** 60 views by t=30 s: 20 per key. */
const FULL_COUNTS = { 'page-0': '20', 'page-1': '20', 'page-2': '20' }

type WithoutTime<T> = T extends unknown ? Omit<T, 'at'> : never
const at = (time: number, action: WithoutTime<ScenarioAction>): ScenarioAction => ({
  ...action,
  at: time,
})

describe('identity (§9.1)', () => {
  it('names the checkpoint topic by job.name and job.id with "_" turned into "-"', () => {
    expect(checkpointTopicName({ 'job.name': 'page_counter', 'job.id': 'v_2' })).toBe(
      '__samza_checkpoint_ver_1_for_page-counter_v-2',
    )
  })
})

describe('start position (§9.2, §9.3)', () => {
  it('a job with no checkpoint and samza.offset.default=upcoming skips history', () => {
    const r = run(
      scenario({ jobs: [testJob({ startMs: 10_000, 'samza.offset.default': 'upcoming' })] }),
    )
    // The job starts at the log end, offset 20: offsets 20–59 are counted.
    expect(r.of('job.positioned')[0]).toMatchObject({ offset: 20, cause: 'samza.offset.default' })
    expect(r.store()).toEqual({ 'page-0': '13', 'page-1': '13', 'page-2': '14' })
  })

  it('samza.offset.default=oldest reads everything retained', () => {
    const r = run(scenario({ jobs: [testJob({ startMs: 10_000 })] }))
    expect(r.of('job.positioned')[0]).toMatchObject({ offset: 0 })
    expect(r.store()).toEqual(FULL_COUNTS)
  })

  it('checkpoints hold the last processed offset and a restart resumes one past it', () => {
    const r = run(
      scenario({
        actions: [
          at(10_500, { type: 'job.stop', job: 'counter_1' }),
          at(11_000, { type: 'job.start', job: 'counter_1', set: {} }),
        ],
      }),
    )
    const lastCommit = r
      .of('job.committed')
      .filter((e) => e.time <= 10_500)
      .at(-1)
    const checkpointed = lastCommit?.checkpoint[0]?.offset
    expect(checkpointed).toBe(19) // at t=10 s the job had processed offsets 0–19
    const resumed = r.of('job.positioned').at(-1)
    expect(resumed).toMatchObject({ cause: 'checkpoint', checkpointed: 19, offset: 20 })
  })
})

describe('commits, crashes and stops (§9.4)', () => {
  it('a crash reprocesses since the last checkpoint: outputs duplicate, the store does not double count', () => {
    const r = run(
      scenario({ actions: [at(11_500, { type: 'job.crash', job: 'counter_1', container: 0 })] }),
    )
    const crash = r.of('job.crashed')[0]
    // The commit at 10 s ran before offset 20 was processed: offsets 20–23 are processed twice.
    expect(crash?.uncommitted).toBe(4)
    expect(r.store()).toEqual(FULL_COUNTS)
    expect(r.output().length).toBe(60 + 4)
  })

  it('a stop does not commit, so a restart processes the same records again', () => {
    const r = run(
      scenario({
        actions: [
          at(11_500, { type: 'job.stop', job: 'counter_1' }),
          at(12_000, { type: 'job.start', job: 'counter_1', set: {} }),
        ],
      }),
    )
    expect(r.of('job.stopped')[0]?.uncommitted).toBe(4)
    expect(r.output().length).toBe(64)
    expect(r.store()).toEqual(FULL_COUNTS)
  })

  it('the changelog gets the store writes before the checkpoint is written', () => {
    const r = run(scenario({}), 2_000)
    const commit = r.events.findIndex((e) => e.type === 'job.committed')
    const appended = r.events
      .slice(0, commit)
      .filter((e) => e.type === 'record.appended')
      .map((e) => e.topic)
    expect(appended.lastIndexOf('counter-changelog')).toBeLessThan(
      appended.lastIndexOf(checkpointTopicName(testJob())),
    )
  })
})

describe('checkpoints are read only at start (§9.5)', () => {
  // Behaviour changed on purpose: the real CheckpointTool does not refuse a running job (see
  // checkpointTool.test.ts for what the running job does with the edit).
  it('writes the checkpoint of a running job as the tool does, marked as written while it runs', () => {
    const r = run(
      scenario({
        actions: [
          at(5_000, {
            type: 'checkpoint.write',
            job: 'counter_1',
            offsets: [{ topic: 'events', partition: 0, offset: -1 }],
            timestamp: null,
          }),
        ],
      }),
    )
    expect(r.of('action.refused')).toEqual([])
    expect(r.of('checkpoint.written')[0]).toMatchObject({ jobRunning: true })
  })

  it('a checkpoint rewound by timestamp resumes at the first offset at or after that time', () => {
    const r = run(
      scenario({
        actions: [
          at(20_000, { type: 'job.stop', job: 'counter_1' }),
          at(21_000, {
            type: 'checkpoint.write',
            job: 'counter_1',
            offsets: null,
            timestamp: 5_000,
          }),
          at(22_000, {
            type: 'job.start',
            job: 'counter_1',
            set: { changelog: 'counter-changelog-v2' },
          }),
        ],
      }),
    )
    expect(r.of('checkpoint.written')[0]?.entries[0]).toMatchObject({ offset: 9 })
    expect(r.of('job.positioned').at(-1)).toMatchObject({ offset: 10 })
    // Empty state (new changelog) and offsets 10–59 reprocessed: 50 views counted.
    const total = Object.values(r.store()).reduce((sum, v) => sum + Number(v), 0)
    expect(total).toBe(50)
  })
})

describe('samza.reset.offset (§9.6)', () => {
  it('applies at every start, crash restarts included', () => {
    const r = run(
      scenario({
        jobs: [testJob({ 'samza.reset.offset': true, 'samza.offset.default': 'upcoming' })],
        actions: [at(10_500, { type: 'job.crash', job: 'counter_1', container: 0 })],
      }),
    )
    const placed = r.of('job.positioned')
    expect(placed.map((e) => e.cause)).toEqual(['samza.offset.default', 'samza.reset.offset'])
    // The restart at 15.5 s jumped to the end: offsets 21–30 were never processed.
    expect(placed[1]?.offset).toBe(31)
  })
})

describe('rewinding past retention (§9.7, §9.8)', () => {
  const retained = (reset: 'earliest' | 'latest' | null) =>
    scenario({
      topics: [topic('events', { 'retention.ms': 10_000, 'segment.bytes': 10 })],
      jobs: [testJob({ 'auto.offset.reset': reset })],
      actions: rewindToStart(40_000, 41_000, { changelog: 'v2' }),
    })

  it('auto.offset.reset=earliest jumps to the log start: the deleted records are lost', () => {
    const r = run(retained('earliest'))
    const reset = r.of('job.offsetOutOfRange')[0]
    expect(reset).toMatchObject({ position: 0, reset: 'earliest' })
    expect(reset?.skipped).toBe(reset?.newPosition)
    expect(reset?.newPosition).toBeGreaterThan(0)
  })

  it('with the default (derived from samza.offset.default) a rewind too far skips to the end', () => {
    const r = run(retained(null))
    // testJob uses samza.offset.default=oldest, so the derived reset is earliest
    expect(r.of('job.offsetOutOfRange')[0]?.reset).toBe('earliest')
    const upcoming = run(
      scenario({
        ...retained(null),
        jobs: [testJob({ 'samza.offset.default': 'upcoming', startMs: 0 })],
      }),
    )
    expect(upcoming.of('job.offsetOutOfRange')[0]).toMatchObject({
      reset: 'latest',
      newPosition: 60,
      skipped: 60,
    })
  })
})

describe('state (§9.9, §9.10)', () => {
  const rewind = (set: { changelog?: string }) =>
    scenario({
      actions: rewindToStart(40_000, 41_000, set),
    })

  it('rewinding the checkpoint without resetting state double counts', () => {
    expect(run(rewind({})).store()).toEqual({ 'page-0': '40', 'page-1': '40', 'page-2': '40' })
  })

  it('renaming the changelog gives empty state and correct counts', () => {
    const r = run(rewind({ changelog: 'counter-changelog-v2' }))
    expect(r.store()).toEqual(FULL_COUNTS)
    expect(r.of('job.restoring').at(-1)).toMatchObject({ records: 0 })
  })

  it('deleting the changelog gives empty state too: Samza creates it again, empty', () => {
    const s = rewind({})
    const r = run({
      ...s,
      actions: [
        ...s.actions.slice(0, 2),
        at(40_500, { type: 'topic.delete', topic: 'counter-changelog' }),
        ...s.actions.slice(2),
      ],
    })
    expect(r.store()).toEqual(FULL_COUNTS)
  })

  it('a new job.id alone keeps state: the low-level changelog name does not contain the id', () => {
    const r = run(
      scenario({
        jobs: [testJob({ startMs: 0 }), testJob({ 'job.id': '2', startMs: null })],
        actions: [
          at(40_000, { type: 'job.stop', job: 'counter_1' }),
          at(41_000, { type: 'job.start', job: 'counter_2', set: {} }),
        ],
      }),
    )
    expect(r.store('counter_2')).toEqual({ 'page-0': '40', 'page-1': '40', 'page-2': '40' })
  })

  it('compaction of the changelog shortens the restore but restores the same state', () => {
    const restart = [
      at(40_000, { type: 'job.stop', job: 'counter_1' }),
      at(45_000, { type: 'job.start', job: 'counter_1', set: {} }),
    ]
    const compacted = run(scenario({ actions: restart }))
    const uncompacted = run(
      scenario({
        jobs: [testJob({ changelogConfig: { 'cleanup.policy': 'delete' } })],
        actions: restart,
      }),
    )
    const restore = (r: typeof compacted) => r.of('job.restoring').at(-1)?.records ?? 0
    expect(restore(compacted)).toBeLessThan(restore(uncompacted))
    expect(compacted.store()).toEqual(uncompacted.store())
    expect(compacted.store()).toEqual(FULL_COUNTS)
  })

  it('warns when two running jobs write one changelog', () => {
    const r = run(scenario({ jobs: [testJob(), testJob({ 'job.id': '2', startMs: 5_000 })] }))
    expect(r.of('job.sharedChangelog')[0]).toMatchObject({
      job: 'counter_2',
      otherJob: 'counter_1',
    })
  })
})

describe('parallel rewind (§9.11, §9.12)', () => {
  const parallel = (guard: 'none' | 'newer-source-timestamp', output: string) =>
    scenario({
      jobs: [
        testJob({ outputGuard: guard }),
        testJob({
          'job.id': '2',
          startMs: 20_000,
          changelog: 'counter-v2-changelog',
          output,
          outputGuard: guard,
          processingRate: 20,
        }),
      ],
      actions: [at(50_000, { type: 'job.decommission', job: 'counter_1' })],
    })

  it('the second job catches up with its own output, then the old one is shut down and cleaned up', () => {
    const r = run(parallel('none', 'counts-v2'))
    expect(r.of('job.caughtUp').map((e) => e.job)).toEqual(['counter_1', 'counter_2'])
    expect(r.store('counter_2')).toEqual(FULL_COUNTS)
    expect(r.of('job.decommissioned')[0]?.deleted).toEqual([
      checkpointTopicName(testJob()),
      'counter-changelog',
    ])
    expect(r.world.topics.has('counter-changelog')).toBe(false)
    expect(r.job('counter_1').status).toBe('decommissioned')
  })

  it('with a shared output, older results overwrite newer ones unless the guard is on', () => {
    const latest = (r: ReturnType<typeof run>) => {
      const table = new Map<string, string | null>()
      for (const rec of r.output()) if (rec.key !== null) table.set(rec.key, rec.value)
      return table
    }
    const unguarded = run(parallel('none', 'counts'), 20_900)
    const guarded = run(parallel('newer-source-timestamp', 'counts'), 20_900)
    // By 20.9 s the live job has written page-0=14; the rewinding job is still writing small counts.
    expect(Number(latest(unguarded).get('page-0'))).toBeLessThan(10)
    expect(Number(latest(guarded).get('page-0'))).toBe(14)
    expect(guarded.of('job.staleWritesSkipped').length).toBeGreaterThan(0)
  })

  it('a simple rewind delays live records while it catches up; a parallel one does not', () => {
    const simple = run(
      scenario({
        topics: [topic('events', { 'retention.ms': 600_000 })],
        producers: [{ ...views, stopMs: 60_000 }],
        jobs: [testJob({ processingRate: 5 })],
        actions: rewindToStart(30_000, 30_000, { changelog: 'v2' }),
      }),
      40_000,
    )
    // 5 records/s through 61 old records: at 40 s it is working on records from t≈25 s.
    expect(simple.job().tasks[0]?.latencyMs).toBeGreaterThan(10_000)
    const parallelRun = run(parallel('none', 'counts-v2'), 21_000)
    expect(parallelRun.job('counter_1').tasks[0]?.latencyMs).toBeLessThan(1_000)
    expect(parallelRun.job('counter_2').tasks[0]?.latencyMs).toBeGreaterThan(10_000)
  })
})
