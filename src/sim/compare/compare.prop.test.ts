import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from '../engine'
import { ignoreEvents } from '../events'
import type { SimScenario } from '../simScenario'
import { snapshotWorld } from '../snapshot'
import { actionArb, scenarioArb } from '../testScenario'
import { createTimeline } from '../timeline'
import { cloneWorld } from '../world'
import { firstDivergence } from './divergence'
import { diffWorlds, isEmptyDiff } from './worldDiff'

/** A scenario and a second one with extra actions: a branch that took its own actions. */
const branchedArb = scenarioArb.chain((a) =>
  fc
    .array(actionArb(a.durationMs), { minLength: 1, maxLength: 4 })
    .map((extra): [SimScenario, SimScenario] => [
      a,
      { ...a, actions: [...a.actions, ...extra].sort((x, y) => x.at - y.at) },
    ]),
)

const fraction = fc.double({ min: 0, max: 1, noNaN: true })

describe('comparing runs (property-based)', () => {
  it('a branch with no new actions never diverges, and its worlds never differ', () => {
    fc.assert(
      fc.property(scenarioArb, fraction, (scenario, f) => {
        const branch = structuredClone(scenario)
        expect(firstDivergence(scenario, branch)).toBeNull()
        const t = Math.floor(f * scenario.durationMs)
        const timeline = createTimeline(scenario, { keyframeEvery: 16 })
        timeline.worldAt(scenario.durationMs)
        const forked = timeline.withScenario(branch)
        expect(isEmptyDiff(diffWorlds(timeline.worldAt(t), forked.worldAt(t)))).toBe(true)
      }),
      { numRuns: 25 },
    )
  })

  it('divergence is at the first differing action or later, and the runs agree until then', () => {
    fc.assert(
      fc.property(branchedArb, ([a, b]) => {
        const divergence = firstDivergence(a, b)
        if (divergence === null) return
        if (divergence.time === null) return
        expect(divergence.time).toBeGreaterThanOrEqual(divergence.input.time)
        if (divergence.time === 0) return
        const before = divergence.time - 1
        const [worldA, worldB] = [initialWorld(a), initialWorld(b)]
        advanceWorld(worldA, a, before, ignoreEvents)
        advanceWorld(worldB, b, before, ignoreEvents)
        expect(snapshotWorld(worldB)).toEqual(snapshotWorld(worldA))
        expect(isEmptyDiff(diffWorlds(worldA, worldB))).toBe(true)
      }),
      { numRuns: 30 },
    )
  })

  it('the diff of a world with itself, or with a copy or a fresh replay of it, is empty', () => {
    fc.assert(
      fc.property(scenarioArb, fraction, (scenario, f) => {
        const t = Math.floor(f * scenario.durationMs)
        const world = createTimeline(scenario, { keyframeEvery: 8 }).worldAt(t)
        const replayed = initialWorld(scenario)
        advanceWorld(replayed, scenario, t, ignoreEvents)
        expect(isEmptyDiff(diffWorlds(world, world))).toBe(true)
        expect(isEmptyDiff(diffWorlds(world, cloneWorld(world)))).toBe(true)
        expect(isEmptyDiff(diffWorlds(world, replayed))).toBe(true)
      }),
      { numRuns: 25 },
    )
  })

  it('swapping the sides swaps every difference', () => {
    fc.assert(
      fc.property(branchedArb, ([a, b]) => {
        const [worldA, worldB] = [initialWorld(a), initialWorld(b)]
        advanceWorld(worldA, a, a.durationMs, ignoreEvents)
        advanceWorld(worldB, b, b.durationMs, ignoreEvents)
        const forwards = diffWorlds(worldA, worldB)
        const backwards = diffWorlds(worldB, worldA)
        expect(backwards.partitions.map((p) => [p.records.onlyA, p.records.onlyB])).toEqual(
          forwards.partitions.map((p) => [p.records.onlyB, p.records.onlyA]),
        )
        expect(backwards.stores.flatMap((s) => s.entries.map((e) => [e.a, e.b]))).toEqual(
          forwards.stores.flatMap((s) => s.entries.map((e) => [e.b, e.a])),
        )
      }),
      { numRuns: 25 },
    )
  })
})
