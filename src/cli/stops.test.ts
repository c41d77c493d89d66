import { describe, expect, it } from 'vitest'
import { planStops } from './stops'

const scenario = {
  durationMs: 10_000,
  actions: [
    { type: 'cleaner.run', at: 2000 },
    { type: 'retention.run', at: 2000 },
    { type: 'cleaner.run', at: 7000 },
  ],
} as const

describe('planning the runner’s stops', () => {
  it('is the scenario’s end when nothing is asked', () => {
    expect(planStops(scenario, { at: [], afterActions: [] })).toEqual({
      ok: true,
      stops: [{ kind: 'time', time: 10_000 }],
    })
  })

  it('orders stops as one run reaches them: after an action before the time it runs at, once each', () => {
    expect(planStops(scenario, { at: [7000, 2000, 2000], afterActions: [2, 1, 0] })).toEqual({
      ok: true,
      stops: [
        { kind: 'afterAction', index: 0, time: 2000 },
        { kind: 'afterAction', index: 1, time: 2000 },
        { kind: 'time', time: 2000 },
        { kind: 'afterAction', index: 2, time: 7000 },
        { kind: 'time', time: 7000 },
      ],
    })
  })

  it('names a time after the end or an action the scenario does not have', () => {
    expect(planStops(scenario, { at: [10_001], afterActions: [] })).toEqual({
      ok: false,
      message: '--at 10001 is after the end of the scenario (durationMs 10000)',
    })
    expect(planStops(scenario, { at: [], afterActions: [3] })).toEqual({
      ok: false,
      message: '--after-action 3: the scenario has 3 actions (0 to 2)',
    })
  })
})
