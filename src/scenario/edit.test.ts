import { describe, expect, test } from 'vitest'
import { builtinScenario, DEFAULT_SCENARIO_INPUT } from './builtin'
import { withAction, withoutAction } from './edit'

const scenario = builtinScenario({
  ...DEFAULT_SCENARIO_INPUT,
  actions: [
    { type: 'retention.run', at: 1_000 },
    { type: 'retention.run', at: 5_000 },
  ],
})

describe('editing a scenario', () => {
  test('an action goes after every action at or before its time', () => {
    const result = withAction(scenario, { type: 'cleaner.run', at: 1_000 })
    expect(result.ok && result.value.actions.map((a) => `${a.type}@${a.at}`)).toEqual([
      'retention.run@1000',
      'cleaner.run@1000',
      'retention.run@5000',
    ])
  })

  test('an action that names nothing that exists is refused with the field', () => {
    const result = withAction(scenario, {
      type: 'roll',
      at: 0,
      topic: 'no-such-topic',
      partition: 0,
    })
    expect(!result.ok && result.problems[0]?.path).toBe('actions[0].topic')
  })

  test('an action can be taken out again', () => {
    expect(withoutAction(scenario, 0).actions).toEqual([{ type: 'retention.run', at: 5_000 }])
  })
})
