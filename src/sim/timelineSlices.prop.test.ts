import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { snapshotWorld } from './snapshot'
import { scenarioArb } from './testScenario'
import { createTimeline, type Timeline } from './timeline'

/** Runs `timeline` to its end in slices of `slice` work units; returns the progress times it reported. */
function runInSlices(timeline: Timeline, slice: number): number[] {
  const times: number[] = []
  for (;;) {
    const progress = timeline.computeAhead(slice)
    times.push(progress.time)
    if (progress.done) return times
  }
}

describe('computing a timeline ahead in slices (property-based)', () => {
  it('gives the same events and worlds as one run, with progress that never goes back', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (scenario, slice, keyframeEvery, fractions) => {
          const sliced = createTimeline(scenario, { keyframeEvery })
          const times = runInSlices(sliced, slice)
          // The reference is one run with the default keyframes: the sliced timeline's own keyframe
          // spacing is what varies, and building a second timeline with a keyframe every event or
          // two was half of this test's time (it neared the 30 s limit on a loaded machine).
          const whole = createTimeline(scenario)
          expect(times.at(-1)).toBe(scenario.durationMs)
          expect(times).toEqual([...times].sort((a, b) => a - b))
          expect(sliced.eventsUntil(scenario.durationMs)).toEqual(
            whole.eventsUntil(scenario.durationMs),
          )
          for (const f of fractions) {
            const t = Math.floor(f * scenario.durationMs)
            expect(snapshotWorld(sliced.worldAt(t))).toEqual(snapshotWorld(whole.worldAt(t)))
          }
        },
      ),
      { numRuns: 30 },
    )
  })

  it('a slice of one work unit makes progress one event at a time (every event costs at least one), and the end stays the end', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const oneByOne = createTimeline(scenario)
        const slices = runInSlices(oneByOne, 1).length
        const counted = createTimeline(scenario).worldAt(scenario.durationMs).eventCount
        // One call per event, plus the call that finds nothing left before the end.
        expect(slices).toBe(counted + 1)
        expect(oneByOne.computeAhead(1)).toEqual({ done: true, time: scenario.durationMs })
      }),
      { numRuns: 40 },
    )
  })
})
