import { describe, expect, test } from 'vitest'
import { defaultScenario } from '../../scenario/builtin'
import { stepPartition } from './stepView'

describe("a step's partition", () => {
  test('names a topic (dashes and all) and a partition number', () => {
    expect(stepPartition({ partition: 'user-profiles-0' }, defaultScenario)).toEqual({
      topic: 'user-profiles',
      partition: 0,
    })
  })

  test('is ignored when the scenario has no such partition or the name has no number', () => {
    for (const partition of [
      'user-profiles-1',
      'orders-0',
      'user-profiles',
      '-0',
      'page-views-x',
    ]) {
      expect(stepPartition({ partition }, defaultScenario)).toBeNull()
    }
    expect(stepPartition(undefined, defaultScenario)).toBeNull()
    expect(stepPartition({ inspectOffset: 3 }, defaultScenario)).toBeNull()
  })
})
