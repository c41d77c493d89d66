import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse'
import { refusalsOf } from './refusals'

function scenarioWith(actions: unknown[]) {
  const parsed = parseScenario({
    version: 1,
    durationMs: 10_000,
    cluster: { brokers: 2 },
    topics: [{ name: 'events' }],
    actions,
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.value
}

describe('refusals by action', () => {
  it('belong to the action the engine turned down, not to an identical one at the same time', () => {
    const fail = { type: 'broker.fail', at: 2_000, broker: 1 }
    const refusals = refusalsOf(scenarioWith([fail, fail]))
    expect([...refusals]).toEqual([[1, 'broker 1 is already down']])
  })

  it('count actions in time order, as the scenario keeps them', () => {
    const scenario = scenarioWith([
      { type: 'broker.fail', at: 5_000, broker: 1 },
      { type: 'broker.recover', at: 1_000, broker: 0 },
    ])
    expect(scenario.actions.map((a) => a.type)).toEqual(['broker.recover', 'broker.fail'])
    expect([...refusalsOf(scenario).keys()]).toEqual([0])
  })
})
