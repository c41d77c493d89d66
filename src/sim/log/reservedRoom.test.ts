import { describe, expect, test } from 'vitest'
import { createTimeline } from '../timeline'
import { testJob, testProducer, testScenario, topic } from '../testScenario'
import { TOPIC_CONFIG_DEFAULTS, withOverrides } from './config'
import { outputRoom, reservedRoom } from './reservedRoom'

/** A producer of 1,000 records a second for `seconds`, spread by key unless given a partition. */
function firehose(seconds: number, partition: number | null = null) {
  return testProducer({
    recordsPerSecond: 1_000,
    stopMs: seconds * 1_000,
    partition,
    keys: { count: 100, prefix: 'k', pick: 'uniform' },
  })
}

describe('the room a scenario topic reserves in its first segments', () => {
  test('the records its producers send to each partition', () => {
    const events = topic('events', {}, 4)
    const spread = reservedRoom(
      testScenario({ topics: [events], producers: [firehose(60)] }),
      events,
    )
    expect([0, 1, 2, 3].map((p) => spread(p)?.rows)).toEqual([15_000, 15_000, 15_000, 15_000])
    const pinned = reservedRoom(
      testScenario({ topics: [events], producers: [firehose(60, 2)] }),
      events,
    )
    expect([0, 1, 2, 3].map((p) => pinned(p)?.rows)).toEqual([
      undefined,
      undefined,
      60_000,
      undefined,
    ])
  })

  test('at most what one segment holds before it rolls by size or by time', () => {
    const bySize = topic('events', { 'segment.bytes': 500 })
    const byTime = topic('events', { 'segment.ms': 10_000 })
    const scenario = testScenario({ producers: [firehose(60)] })
    expect(reservedRoom({ ...scenario, topics: [bySize] }, bySize)(0)?.rows).toBe(500)
    expect(reservedRoom({ ...scenario, topics: [byTime] }, byTime)(0)?.rows).toBe(10_000)
  })

  test('a topic nobody produces to reserves nothing', () => {
    const quiet = topic('quiet', {})
    expect(reservedRoom(testScenario({ topics: [quiet] }), quiet)(0)).toBeUndefined()
  })

  test('a run that never grows its columns keeps its keyframes sharing them', () => {
    // 100,000 records in one segment: without the room, keyframes before each doubling would
    // keep a copy of every row written so far alive.
    const events = topic('events', {})
    const timeline = createTimeline(
      testScenario({ durationMs: 100_000, topics: [events], producers: [firehose(100, 0)] }),
    )
    const end = timeline.worldAt(100_000)
    const early = timeline.worldAt(1_000)
    const columns = (w: typeof end) =>
      w.topics.get('events')?.partitions[0]?.segments[0]?.columns.keyIds
    expect(end.topics.get('events')?.partitions[0]?.logEndOffset).toBe(100_000)
    expect(columns(early)).toBe(columns(end))
  })
})

describe("the room a job's output topic reserves in its first segments", () => {
  const events = topic('events', {}, 4)
  const scenario = testScenario({ topics: [events], producers: [firehose(60)] })

  test('one message per record its producers send to the inputs, spread over its partitions', () => {
    expect(outputRoom(scenario, ['events'], 4, TOPIC_CONFIG_DEFAULTS)?.rows).toBe(15_000)
    expect(outputRoom(scenario, ['events'], 2, TOPIC_CONFIG_DEFAULTS)?.rows).toBe(30_000)
    expect(outputRoom(scenario, ['other'], 4, TOPIC_CONFIG_DEFAULTS)).toBeUndefined()
    const small = withOverrides(TOPIC_CONFIG_DEFAULTS, { 'segment.bytes': 500 })
    expect(outputRoom(scenario, ['events'], 4, small)?.rows).toBe(500)
  })

  test('a counting job writes its 60,000 messages into columns of that room', () => {
    const timeline = createTimeline({
      ...scenario,
      broker: { ...scenario.broker, 'num.partitions': 4 },
      jobs: [testJob({ processingRate: 100_000, changelog: null })],
    })
    const counts = timeline.worldAt(60_000).topics.get('counts')
    const written = counts?.partitions.reduce((sum, log) => sum + log.logEndOffset, 0)
    expect(written).toBe(60_000)
    // Each partition's columns hold the room reserved, or twice it where the keys favour it.
    const rooms = counts?.partitions.map((log) => log.segments[0]?.columns.keyIds.length)
    const expected = counts?.partitions.map((log) => (log.logEndOffset <= 15_000 ? 15_000 : 30_000))
    expect(rooms).toEqual(expected)
  })
})
