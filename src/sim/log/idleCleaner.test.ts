import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from '../engine'
import type { SimEvent } from '../events'
import type { ScenarioAction, SimScenario } from '../simScenario'
import { testScenario, topic } from '../testScenario'

function idleReasons(scenario: SimScenario): string[] {
  const events: SimEvent[] = []
  advanceWorld(initialWorld(scenario), scenario, scenario.durationMs, (e) => events.push(e))
  return events.flatMap((e) => (e.type === 'cleaner.idle' ? [e.reason] : []))
}

const put = (at: number, key: string): ScenarioAction => ({
  type: 'produce',
  at,
  topic: 'table',
  partition: 0,
  records: [{ key, value: 'v' }],
})

describe('why a cleaner run found nothing to clean', () => {
  it('names the dirtiest log, its dirty ratio and the threshold it did not exceed', () => {
    // Three distinct keys in two rolled segments: nothing is dirty after the first pass cleans them.
    const scenario = testScenario({
      durationMs: 10,
      periodicMaintenance: false,
      topics: [topic('table', { 'cleanup.policy': 'compact', 'segment.bytes': 1 })],
      actions: [
        put(1, 'a'),
        put(2, 'b'),
        put(3, 'c'),
        { type: 'cleaner.run', at: 4 },
        { type: 'cleaner.run', at: 5 },
      ],
    })
    expect(idleReasons(scenario)).toEqual([
      'the dirtiest log, table-0, has dirty ratio 0.00, not above min.cleanable.dirty.ratio 0.50',
    ])
  })

  it('says when no topic is compacted', () => {
    const scenario = testScenario({
      durationMs: 10,
      periodicMaintenance: false,
      topics: [topic('table', {})],
      actions: [put(1, 'a'), { type: 'cleaner.run', at: 2 }],
    })
    expect(idleReasons(scenario)).toEqual(['no topic has cleanup.policy=compact'])
  })

  it('says when every record is still in the active segment', () => {
    const scenario = testScenario({
      durationMs: 10,
      periodicMaintenance: false,
      topics: [topic('table', { 'cleanup.policy': 'compact' })],
      actions: [put(1, 'a'), put(2, 'a'), { type: 'cleaner.run', at: 3 }],
    })
    expect(idleReasons(scenario)).toEqual([
      'every compacted log holds records only in its active segment or within min.compaction.lag.ms',
    ])
  })
})
