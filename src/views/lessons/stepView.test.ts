import { describe, expect, test } from 'vitest'
import { defaultScenario } from '../../scenario/builtin'
import { worldAt } from '../../store/simulation'
import { stepPartition } from './stepView'

const world = worldAt(defaultScenario, 0)

describe("a step's partition", () => {
  test('names a topic (dashes and all) and a partition number', () => {
    expect(stepPartition({ partition: 'user-profiles-0' }, world)).toEqual({
      topic: 'user-profiles',
      partition: 0,
    })
  })

  test('is ignored when the world has no such partition or the name has no number', () => {
    for (const partition of [
      'user-profiles-1',
      'orders-0',
      'user-profiles',
      '-0',
      'page-views-x',
    ]) {
      expect(stepPartition({ partition }, world)).toBeNull()
    }
    expect(stepPartition(undefined, world)).toBeNull()
    expect(stepPartition({ inspectOffset: 3 }, world)).toBeNull()
  })
})
