import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../scenario/parse'
import { advanceWorld, ignoreEvents, initialWorld } from '../../sim'
import { replayPlan } from './plan'

function scenario(extra: Record<string, unknown>) {
  const parsed = parseScenario({
    version: 1,
    durationMs: 10_000,
    topics: [{ name: 'events', partitions: 2 }],
    ...extra,
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.value
}

/** A producer into `events` (partition 0) and a count job writing to the declared `counts`. */
function countJobScenario(producer: Record<string, unknown>, job: Record<string, unknown>) {
  return scenario({
    topics: [{ name: 'events' }, { name: 'counts' }],
    producers: [
      { name: 'p', topic: 'events', partition: 0, keys: { count: 2, prefix: 'k' }, ...producer },
    ],
    jobs: [
      {
        'job.name': 'counter',
        processor: { type: 'count' },
        inputs: ['events'],
        store: 'counts-store',
        output: 'counts',
        ...job,
      },
    ],
  })
}

describe('the replay plan of a scenario', () => {
  it('sends each generated record as its own batch, at its time, to the partition it went to', () => {
    const plan = replayPlan(
      scenario({
        producers: [
          // One record a second on partition 1 until 3 s.
          {
            name: 'p',
            topic: 'events',
            partition: 1,
            recordsPerSecond: 1,
            stopMs: 3000,
            keys: null,
          },
        ],
      }),
    )
    const produces = plan.steps.filter((s) => s.kind === 'produce')
    expect(produces.map((s) => [s.at, s.partition, s.records.length])).toEqual([
      [0, 1, 1],
      [1000, 1, 1],
      [2000, 1, 1],
    ])
    expect(produces[0]?.records[0]?.timestamp).toBe(0)
  })

  it("keeps a produce action's records together as one batch and orders actions by time", () => {
    const plan = replayPlan(
      scenario({
        consumers: [{ name: 'c', topic: 'events', pollIntervalMs: 4000, startMs: 1000 }],
        actions: [
          {
            type: 'produce',
            at: 500,
            topic: 'events',
            partition: 0,
            records: [
              { key: 'a', value: '1' },
              { key: 'b', value: null, timestamp: 200 },
            ],
          },
          { type: 'deleteRecords', at: 3000, topic: 'events', partition: 0, offset: 1 },
          { type: 'topic.config', at: 6000, topic: 'events', set: { 'retention.ms': 1000 } },
        ],
      }),
    )
    expect(plan.steps.map((s) => [s.kind, s.at])).toEqual([
      ['produce', 500],
      ['poll', 1000],
      ['deleteRecords', 3000],
      ['poll', 5000],
      ['config', 6000],
      ['poll', 9000],
    ])
    const batch = plan.steps[0]
    expect(batch?.kind === 'produce' ? batch.records : null).toEqual([
      { key: 'a', value: '1', timestamp: 500 },
      { key: 'b', value: null, timestamp: 200 },
    ])
  })

  it('sends two produce actions at the same millisecond as two batches, as the simulator appended them', () => {
    const produce = (key: string) => ({
      type: 'produce',
      at: 700,
      topic: 'events',
      partition: 0,
      records: [{ key, value: 'v' }],
    })
    const plan = replayPlan(scenario({ actions: [produce('a'), produce('b')] }))
    const batches = plan.steps.flatMap((s) => (s.kind === 'produce' ? [s.records] : []))
    expect(batches.map((records) => records.map((r) => r.key))).toEqual([['a'], ['b']])
  })

  it('names what it cannot replay: jobs, explicit rolls and failures', () => {
    const plan = replayPlan(
      scenario({
        cluster: { brokers: 2 },
        actions: [
          { type: 'roll', at: 10, topic: 'events', partition: 0 },
          { type: 'broker.fail', at: 20, broker: 1 },
        ],
      }),
    )
    expect(plan.notReplayed.join('\n')).toMatch(/segment rolls/)
    expect(plan.notReplayed.join('\n')).toMatch(/broker and host failures/)
  })

  it('sends a single-request fetch as one request, and a restart as a new consumer instance', () => {
    const plan = replayPlan(
      scenario({
        consumers: [{ name: 'c', topic: 'events', 'auto.offset.reset': 'latest' }],
        actions: [
          { type: 'consumer.fetch', at: 10, consumer: 'c', singleRequest: true, maxRecords: 3 },
          { type: 'consumer.fetch', at: 20, consumer: 'c' },
          { type: 'consumer.restart', at: 30, consumer: 'c', set: { 'auto.offset.reset': 'none' } },
          { type: 'consumer.restart', at: 40, consumer: 'c' },
        ],
      }),
    )
    expect(plan.steps).toEqual([
      { kind: 'request', at: 10, consumer: 'c', maxRecords: 3 },
      { kind: 'poll', at: 20, consumer: 'c', maxRecords: 500 },
      { kind: 'restart', at: 30, consumer: 'c', autoOffsetReset: 'none' },
      // A restart without a setting runs the declared one again.
      { kind: 'restart', at: 40, consumer: 'c', autoOffsetReset: 'latest' },
    ])
    expect(plan.notReplayed).toEqual([])
  })

  it('names forced cleaner passes and cleaner checkpoint edits, which no request can make', () => {
    const plan = replayPlan(
      scenario({
        topics: [{ name: 'events', config: { 'cleanup.policy': 'compact' } }],
        actions: [
          { type: 'cleaner.clean', at: 10, topic: 'events', firstDirtyOffset: 0 },
          { type: 'cleaner.checkpoint', at: 20, topic: 'events', offset: 0 },
        ],
      }),
    )
    expect(plan.steps).toEqual([])
    const words = plan.notReplayed.join('\n')
    expect(words).toMatch(/forced cleaner passes on a chosen log from a chosen first dirty offset/)
    expect(words).toMatch(/cleaner checkpoint edits .*broker stopped/)
  })

  it("sends a guarded job's writes to a declared output, leaves out the topics a job creates, and names the guard", () => {
    const plan = replayPlan(
      countJobScenario(
        { recordsPerSecond: 1, stopMs: 3000 },
        { changelog: 'counter-changelog', outputGuard: 'newer-input-offset' },
      ),
    )
    const topics = new Set(plan.steps.flatMap((s) => (s.kind === 'produce' ? [s.topic] : [])))
    // The job's output is declared, so its writes go; its changelog and checkpoint topic do not.
    expect([...topics].sort()).toEqual(['counts', 'events'])
    const words = plan.notReplayed.join('\n')
    expect(words).toMatch(/the topics a job creates \(changelog, checkpoint topic/)
    expect(words).toMatch(/the output guard \(newer-input-offset\): a conditional write/)
  })

  it("sends a job's messages to one partition from one task run as one batch, as the simulator appended them", () => {
    // The job starts at 5 s from the oldest offset: catching up, a task run handles several
    // views, and its counts go to the output together.
    const sim = countJobScenario(
      { recordsPerSecond: 2, stopMs: 5000, keys: { count: 3, prefix: 'k' } },
      { 'samza.offset.default': 'oldest', startMs: 5000, processingRate: 20 },
    )
    const batches = replayPlan(sim).steps.flatMap((s) =>
      s.kind === 'produce' && s.topic === 'counts' ? [s.records.length] : [],
    )
    const world = initialWorld(sim)
    advanceWorld(world, sim, sim.durationMs, ignoreEvents)
    const written = world.topics
      .get('counts')
      ?.partitions.reduce((sum, p) => sum + p.logEndOffset, 0)
    expect(batches.reduce((a, b) => a + b, 0)).toBe(written)
    expect(Math.max(...batches)).toBeGreaterThan(1)
  })
})
