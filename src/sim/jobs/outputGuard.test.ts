/** The output guard: a conditional write by source record timestamp or by input offset. */
import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from '../engine'
import type { SimEvent } from '../events'
import type { OutputGuard, ScenarioAction, SimScenario } from '../simScenario'
import { segmentRecords } from '../log/segment'
import { testJob, testProducer, testScenario, topic } from '../testScenario'

/** Key → value last written to `counts`, and the guard's events, at the end of `scenario`. */
function run(scenario: SimScenario, until = scenario.durationMs) {
  const world = initialWorld(scenario)
  const events: SimEvent[] = []
  advanceWorld(world, scenario, until, (e) => events.push(e))
  const table = new Map<string, string | null>()
  const output = world.topics.get('counts')?.partitions ?? []
  for (const log of output)
    for (const segment of log.segments)
      for (const record of segmentRecords(segment))
        if (record.key !== null) table.set(record.key, record.value)
  const skips = events.filter((e) => e.type === 'job.staleWritesSkipped')
  return { table, skips }
}

const produce = (
  at: number,
  topic: string,
  key: string,
  timestamp: number,
  value = 'v',
): ScenarioAction => ({
  type: 'produce',
  at,
  topic,
  partition: 0,
  records: [{ key, value, timestamp }],
})

/** One key written twice to one partition, the second record stamped earlier than the first. */
const backwardsClock = (outputGuard: OutputGuard) =>
  testScenario({
    durationMs: 10_000,
    topics: [topic('events', {})],
    jobs: [testJob({ outputGuard })],
    actions: [produce(1_000, 'events', 'a', 5_000), produce(2_000, 'events', 'a', 1_000)],
  })

describe('output guard', () => {
  it('by timestamp drops a newer record stamped earlier; by input offset writes it', () => {
    const byTimestamp = run(backwardsClock('newer-source-timestamp'))
    expect(byTimestamp.table.get('a')).toBe('1')
    expect(byTimestamp.skips).toMatchObject([{ count: 1, guard: 'newer-source-timestamp' }])
    const byOffset = run(backwardsClock('newer-input-offset'))
    expect(byOffset.table.get('a')).toBe('2')
    expect(byOffset.skips).toEqual([])
  })

  it('by input offset keeps a live job’s newer count from a parallel rewind of the same input', () => {
    const parallel = (outputGuard: OutputGuard) =>
      testScenario({
        topics: [topic('events', { 'retention.ms': 600_000 })],
        producers: [testProducer()],
        jobs: [
          testJob({ outputGuard }),
          testJob({
            'job.id': '2',
            startMs: 20_000,
            changelog: 'counter-v2-changelog',
            outputGuard,
            processingRate: 20,
          }),
        ],
      })
    // By 20.9 s the live job has written page-0=14; the rewinding job is still on early offsets.
    expect(Number(run(parallel('none'), 20_900).table.get('page-0'))).toBeLessThan(10)
    const guarded = run(parallel('newer-input-offset'), 20_900)
    expect(guarded.table.get('page-0')).toBe('14')
    expect(guarded.skips.length).toBeGreaterThan(0)
    expect(guarded.skips.every((e) => e.guard === 'newer-input-offset')).toBe(true)
  })

  it('by input offset cannot order writes from two input partitions, so both are written', () => {
    // Job 1 counts `events` (a at offset 5), then job 2 copies `other` (a at offset 0): offsets
    // of two partitions say nothing about which is newer, so job 2's write is not dropped.
    const early = [0, 1, 2, 3, 4].map((i) => produce(100 + i, 'events', `x${i}`, 100 + i))
    const result = run(
      testScenario({
        durationMs: 10_000,
        topics: [topic('events', {}), topic('other', {})],
        jobs: [
          testJob({ outputGuard: 'newer-input-offset' }),
          testJob({
            'job.id': '2',
            processor: { type: 'latest' },
            inputs: ['other'],
            changelog: 'other-changelog',
            outputGuard: 'newer-input-offset',
          }),
        ],
        actions: [
          ...early,
          produce(1_000, 'events', 'a', 1_000),
          produce(2_000, 'other', 'a', 2_000, 'from-other'),
        ],
      }),
    )
    expect(result.table.get('a')).toBe('from-other')
    expect(result.skips).toEqual([])
  })
})
