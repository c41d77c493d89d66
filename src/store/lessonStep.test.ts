import { describe, expect, test } from 'vitest'
import { defaultScenario } from '../scenario/builtin'
import { stepPartition } from './lessonStep'

describe("a step's partition", () => {
  test('names a topic (dashes and all) and a partition number, 0 when left out', () => {
    expect(stepPartition({ topic: 'user-profiles', partition: 0 }, defaultScenario)).toEqual({
      topic: 'user-profiles',
      partition: 0,
    })
    expect(stepPartition({ topic: 'page-views' }, defaultScenario)).toEqual({
      topic: 'page-views',
      partition: 0,
    })
  })

  test('is ignored when the scenario has no such partition, or the view names none', () => {
    for (const view of [
      { topic: 'user-profiles', partition: 1 },
      { topic: 'orders', partition: 0 },
    ]) {
      expect(stepPartition(view, defaultScenario)).toBeNull()
    }
    expect(stepPartition(undefined, defaultScenario)).toBeNull()
    expect(stepPartition({ inspectOffset: 3 }, defaultScenario)).toBeNull()
  })
})
