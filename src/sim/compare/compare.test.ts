import { describe, expect, test } from 'vitest'
import type { ScenarioAction, SimScenario } from '../simScenario'
import { testConsumer, testJob, testProducer, testScenario, topic } from '../testScenario'
import { createTimeline } from '../timeline'
import { withOverrides } from '../log/config'
import { firstDivergence } from './divergence'
import { firstDifferingInput } from './inputs'
import { diffPartitionRecords } from './records'
import { diffWorlds, isEmptyDiff } from './worldDiff'

/** A retained topic with one keyed producer: a record every 500 ms. */
const base = testScenario({
  durationMs: 20_000,
  topics: [topic('events', { 'segment.bytes': 4, 'retention.ms': 5_000 })],
  producers: [
    testProducer({ stopMs: 20_000, keys: { count: 3, prefix: 'k', pick: 'sequential' } }),
  ],
})

const produce = (at: number, value: string): ScenarioAction => ({
  type: 'produce',
  at,
  topic: 'events',
  partition: 0,
  records: [{ key: 'extra', value }],
})

const withActions = (scenario: SimScenario, ...actions: ScenarioAction[]): SimScenario => ({
  ...scenario,
  actions: [...scenario.actions, ...actions].sort((a, b) => a.at - b.at),
})

describe('the first differing input', () => {
  test('two equal scenarios have none, whatever their names', () => {
    expect(firstDifferingInput(base, structuredClone(base))).toBeNull()
    const named = { ...base, name: 'other' } as SimScenario
    expect(firstDifferingInput(base, named)).toBeNull()
  })

  test('a changed topic is a difference of structure, from time 0, naming the field', () => {
    const longer = { ...base, topics: [topic('events', { 'retention.ms': 9_000 })] }
    expect(firstDifferingInput(base, longer)).toEqual({
      kind: 'structure',
      time: 0,
      fields: ['topics'],
    })
  })

  test('an extra action differs at its time and position', () => {
    const a = withActions(base, produce(2_000, 'same'))
    const b = withActions(a, produce(7_000, 'new'))
    expect(firstDifferingInput(a, b)).toEqual({
      kind: 'action',
      time: 7_000,
      index: 1,
      a: null,
      b: produce(7_000, 'new'),
    })
  })
})

describe('the first divergence of two runs', () => {
  test('is at the extra action, whose record is the first differing event', () => {
    const b = withActions(base, produce(7_250, 'new'))
    const divergence = firstDivergence(base, b)
    expect(divergence?.time).toBe(7_250)
    expect(divergence?.event?.a).toBeNull()
    expect(divergence?.event?.b).toMatchObject({
      type: 'record.appended',
      key: 'extra',
      value: 'new',
      time: 7_250,
    })
  })

  test('a longer retention differs from time 0 but shows only when the shorter one deletes', () => {
    const longer: SimScenario = {
      ...base,
      topics: [
        {
          ...base.topics[0]!,
          config: withOverrides(base.topics[0]!.config, { 'retention.ms': 60_000 }),
        },
      ],
    }
    const divergence = firstDivergence(base, longer)
    expect(divergence?.input.kind).toBe('structure')
    const firstDeletion = createTimeline(base)
      .eventsUntil(base.durationMs)
      .find((e) => e.type === 'segment.deleted')
    expect(divergence?.time).toBeGreaterThan(0)
    expect(divergence?.time).toBe(firstDeletion?.time)
  })

  test('a fetch that fails on an offline partition is where the branches part', () => {
    const a = withActions(
      { ...base, consumers: [testConsumer({ 'auto.offset.reset': 'earliest' })] },
      { type: 'broker.fail', at: 3_000, broker: 0 },
    )
    const b = withActions(a, {
      type: 'consumer.fetch',
      at: 3_000,
      consumer: 'c',
      maxRecords: null,
      singleRequest: false,
    })
    const divergence = firstDivergence(a, b)
    expect(divergence?.time).toBe(3_000)
    expect(divergence?.event?.b).toMatchObject({
      type: 'consumer.fetchFailed',
      error: 'LEADER_NOT_AVAILABLE',
      position: null,
    })
  })

  test('is null when nothing differs, and stops at the horizon it is given', () => {
    expect(firstDivergence(base, structuredClone(base))).toBeNull()
    const late = withActions(base, produce(15_000, 'late'))
    const early = firstDivergence(base, late, { until: 10_000 })
    expect(early).toMatchObject({ time: null, event: null, input: { time: 15_000 } })
  })

  test('starting from a timeline’s world gives the same answer as a replay from 0', () => {
    const b = withActions(base, produce(9_001, 'x'))
    const timeline = createTimeline(base, { keyframeEvery: 7 })
    expect(firstDivergence(base, b, { worldAt: (t) => timeline.worldAt(t) })).toEqual(
      firstDivergence(base, b),
    )
  })
})

describe('the differences of two worlds at one time', () => {
  test('an extra record is in B only; a different value at one offset is different', () => {
    const a = withActions(base, produce(3_000, 'one'))
    const b = withActions(base, produce(3_000, 'two'), produce(4_000, 'more'))
    const [worldA, worldB] = [createTimeline(a).worldAt(4_100), createTimeline(b).worldAt(4_100)]
    const records = diffPartitionRecords(
      worldA.topics.get('events')?.partitions[0],
      worldB.topics.get('events')?.partitions[0],
    )
    expect(records.different).toHaveLength(1)
    expect(records.onlyB).toHaveLength(1)
    expect(records.onlyA).toEqual([])
    // Every later generated record sits one offset further on in B.
    const [partition] = diffWorlds(worldA, worldB).partitions
    expect(partition?.logEndOffset).toEqual({ a: 10, b: 11 })
  })

  test('a decommissioned job against one left running: status, topics, store and output', () => {
    const running = { ...base, jobs: [testJob({ inputs: ['events'] })] }
    const decommissioned = withActions(running, {
      type: 'job.decommission',
      at: 8_000,
      job: 'counter_1',
    })
    const diff = diffWorlds(
      createTimeline(decommissioned).worldAt(15_000),
      createTimeline(running).worldAt(15_000),
    )
    expect(diff.jobs).toEqual([{ job: 'counter_1', status: { a: 'decommissioned', b: 'running' } }])
    expect(diff.topics).toContainEqual({ topic: 'counter-changelog', kind: 'missing', side: 'A' })
    const [output] = diff.outputs
    expect(output?.topic).toBe('counts')
    expect(output?.rows.some((r) => r.verdict.kind === 'higher' && r.verdict.side === 'B')).toBe(
      true,
    )
  })

  test('two runs of one scenario do not differ, though they share no storage', () => {
    const a = { ...base, jobs: [testJob({ inputs: ['events'] })] }
    expect(
      isEmptyDiff(diffWorlds(createTimeline(a).worldAt(60_000), createTimeline(a).worldAt(60_000))),
    ).toBe(true)
  })
})
