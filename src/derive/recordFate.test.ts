import { describe, expect, test } from 'vitest'
import { builtinScenario } from '../scenario/builtinScenario'
import { recordFate } from './recordFate'

/** Four records for two keys in 1-record segments; one cleaner run at 10 s. */
const scenario = builtinScenario({
  version: 3,
  durationMs: 60_000,
  periodicMaintenance: false,
  topics: [
    {
      name: 't',
      config: { 'cleanup.policy': 'compact', 'segment.bytes': 1, 'min.cleanable.dirty.ratio': 0 },
    },
  ],
  actions: [
    { type: 'produce', at: 1_000, topic: 't', records: [{ key: 'a', value: 'a1' }] },
    { type: 'produce', at: 2_000, topic: 't', records: [{ key: 'b', value: 'b1' }] },
    { type: 'produce', at: 3_000, topic: 't', records: [{ key: 'a', value: 'a2' }] },
    { type: 'produce', at: 4_000, topic: 't', records: [{ key: 'b', value: 'b2' }] },
    { type: 'cleaner.run', at: 10_000 },
  ],
})

describe('a record’s fate', () => {
  test('a superseded record is removed by the cleaner pass that reaches its key’s newer value', () => {
    const fate = recordFate(scenario, { topic: 't', partition: 0, offset: 0 })
    expect(fate.record).toMatchObject({ offset: 0, key: 'a', value: 'a1' })
    expect(fate.removedAt).toBe(10_000)
    expect(fate.removedBy[0]?.type).toBe('cleaner.pass')
  })

  test('the latest record of a key in the active segment stays', () => {
    const fate = recordFate(scenario, { topic: 't', partition: 0, offset: 3 })
    expect(fate).toMatchObject({ removedAt: null, record: { key: 'b', value: 'b2' } })
  })

  test('an offset never written has no record', () => {
    expect(recordFate(scenario, { topic: 't', partition: 0, offset: 99 }).record).toBeNull()
  })
})
