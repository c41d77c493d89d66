import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from './engine'
import { snapshotWorld } from './snapshot'
import { GENEROUS_WORK_BUDGET } from './budget/workBudget'
import { scenarioArb } from './testScenario'
import { createTimeline } from './timeline'
import type { SimScenario } from './simScenario'

function replayFromZero(scenario: SimScenario, t: number) {
  const world = initialWorld(scenario)
  advanceWorld(world, scenario, t, () => undefined)
  return snapshotWorld(world)
}

describe('the timeline (property-based)', () => {
  it('worldAt(t) through keyframes equals a replay from 0, in any order of seeks', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 50 }),
        (scenario, fractions, keyframeEvery) => {
          const timeline = createTimeline(scenario, { keyframeEvery })
          for (const f of fractions) {
            const t = Math.floor(f * scenario.durationMs)
            expect(snapshotWorld(timeline.worldAt(t))).toEqual(replayFromZero(scenario, t))
          }
        },
      ),
      { numRuns: 60 },
    )
  })

  it('with keyframes thinned to a tiny memory bound, a seek still equals a replay from 0', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (scenario, fractions) => {
          const budget = { maxWork: GENEROUS_WORK_BUDGET.maxWork, maxKeyframeBytes: 4_096 }
          const timeline = createTimeline(scenario, { keyframeEvery: 2, budget })
          timeline.worldAt(scenario.durationMs)
          for (const f of fractions) {
            const t = Math.floor(f * scenario.durationMs)
            expect(snapshotWorld(timeline.worldAt(t))).toEqual(replayFromZero(scenario, t))
          }
        },
      ),
      { numRuns: 40 },
    )
  })

  it('the same scenario gives the same world twice', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const a = createTimeline(scenario).worldAt(scenario.durationMs)
        const b = createTimeline(scenario).worldAt(scenario.durationMs)
        expect(snapshotWorld(a)).toEqual(snapshotWorld(b))
      }),
      { numRuns: 40 },
    )
  })

  it('an edited timeline keeps what came before the edit and equals a fresh run', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0, max: 1, noNaN: true }), (scenario, f) => {
        const timeline = createTimeline(scenario, { keyframeEvery: 5 })
        timeline.worldAt(scenario.durationMs)
        const at = Math.floor(f * scenario.durationMs)
        // A copy, as the app's parser makes one: nothing may depend on the old scenario's objects.
        const edited: SimScenario = structuredClone({
          ...scenario,
          actions: [...scenario.actions, { type: 'cleaner.run' as const, at }].sort(
            (a, b) => a.at - b.at,
          ),
        })
        const next = timeline.withScenario(edited)
        expect(snapshotWorld(next.worldAt(scenario.durationMs))).toEqual(
          replayFromZero(edited, scenario.durationMs),
        )
        expect(next.eventsUntil(scenario.durationMs)).toEqual(
          createTimeline(edited).eventsUntil(scenario.durationMs),
        )
      }),
      { numRuns: 40 },
    )
  })
})
