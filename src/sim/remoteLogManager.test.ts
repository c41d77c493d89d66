import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from './engine'
import type { SimEvent } from './events'
import { someEvent } from './queue'
import type { ScenarioAction, SimScenario } from './simScenario'
import { testScenario, topic } from './testScenario'

function run(scenario: SimScenario) {
  const events: SimEvent[] = []
  const world = initialWorld(scenario)
  advanceWorld(world, scenario, scenario.durationMs, (e) => events.push(e))
  return { world, events }
}

const produce = (at: number): ScenarioAction => ({
  type: 'produce',
  at,
  topic: 'events',
  partition: 0,
  records: [{ key: 'k', value: `v${at}` }],
})

const tiered = {
  'remote.storage.enable': true,
  'segment.bytes': 1,
  'retention.ms': 60_000,
  'local.retention.ms': 2_000,
}

describe('the remote log manager in the engine', () => {
  it('copies rolled segments every remote.log.manager.task.interval.ms while a topic is tiered', () => {
    const scenario = testScenario({
      durationMs: 25_000,
      broker: { ...testScenario().broker, 'remote.log.manager.task.interval.ms': 10_000 },
      topics: [topic('events', tiered)],
      actions: [produce(1_000), produce(2_000), produce(12_000)],
    })
    const archived = run(scenario).events.flatMap((e) =>
      e.type === 'segment.archived' ? [[e.time, e.baseOffset]] : [],
    )
    expect(archived).toEqual([
      [10_000, 0],
      [20_000, 1],
    ])
  })

  it('never runs for scenarios without a tiered topic', () => {
    const { world } = run(testScenario({ topics: [topic('events', {})] }))
    expect(someEvent(world.queue, (event) => event.kind === 'remote')).toBe(false)
  })

  it('starts when a config change enables remote storage, and moves only the local log start', () => {
    const scenario = testScenario({
      durationMs: 20_000,
      topics: [topic('events', { 'segment.bytes': 1, 'retention.ms': 60_000 })],
      actions: [
        produce(100),
        produce(200),
        { type: 'topic.config', at: 300, topic: 'events', set: tiered },
      ],
    })
    const { world, events } = run(scenario)
    const log = world.topics.get('events')?.partitions[0]
    expect(log?.logStartOffset).toBe(0)
    expect(log?.localLogStartOffset).toBe(1)
    expect(events.some((e) => e.type === 'localLogStartOffset.advanced')).toBe(true)
  })

  it('refuses remote storage on a compacted topic, and turning it off again', () => {
    const scenario = testScenario({
      topics: [topic('table', { 'cleanup.policy': 'compact' }), topic('events', tiered)],
      actions: [
        { type: 'topic.config', at: 1, topic: 'table', set: { 'remote.storage.enable': true } },
        { type: 'topic.config', at: 2, topic: 'events', set: { 'remote.storage.enable': false } },
        { type: 'topic.config', at: 3, topic: 'events', set: { 'cleanup.policy': 'compact' } },
      ],
    })
    const refusals = run(scenario).events.flatMap((e) =>
      e.type === 'action.refused' ? [e.reason] : [],
    )
    expect(refusals).toEqual([
      expect.stringMatching(/compacted topic/),
      expect.stringMatching(/turning remote.storage.enable off/),
      expect.stringMatching(/compacted topic/),
    ])
  })
})
