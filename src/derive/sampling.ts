import type { Scenario } from '../scenario/schema'
import type { ReadonlyWorld } from '../sim'
import { worldAtOtherTime } from './simulation'

/** Samples across the scenario: enough for a smooth line, few enough to compute in a blink. */
const SAMPLES = 120

/** Evenly spaced sample times from 0 to the end of the scenario, both included. */
export function sampleTimes(durationMs: number): number[] {
  return Array.from({ length: SAMPLES + 1 }, (_, i) => Math.round((durationMs * i) / SAMPLES))
}

/** What a chart reads from the world at each sample time, in time order, and makes of it. */
export interface Sampler<T> {
  readonly times: readonly number[]
  /** Reads the world at `times[index]`; called once per sample, in order. */
  read(world: ReadonlyWorld, index: number): void
  /** The value, once every sample is read. */
  finish(): T
}

/**
 * A value read from the worlds at the sample times, read a few samples at a time: reaching a
 * sample can replay much of a run (a scenario whose keyframes were thinned replays up to the
 * whole of it), so the browser reads them between frames rather than in one long task.
 * The value is the same however the reading is sliced: each sample is the world at its time.
 */
export interface Sampling<T> {
  /** The value once every sample is read, else null. */
  readonly value: T | null
  /** The share of the samples read, from 0 to 1. */
  readonly fraction: number
  /** Reads samples until `stop()` says so (after at least one) or all are read; the value or null. */
  advance(stop: () => boolean): T | null
}

export function createSampling<T>(scenario: Scenario, sampler: Sampler<T>): Sampling<T> {
  let next = 0
  let value: T | null = null
  return {
    get value() {
      return value
    },
    get fraction() {
      return next / sampler.times.length
    },
    advance(stop) {
      while (value === null) {
        const t = sampler.times[next]
        if (t === undefined) {
          value = sampler.finish()
          break
        }
        sampler.read(worldAtOtherTime(scenario, t), next)
        next++
        if (next < sampler.times.length && stop()) break
      }
      return value
    },
  }
}

/** Reads every sample at once (tests, and callers that need the value now). */
export function sampledNow<T>(sampling: Sampling<T>): T {
  const value = sampling.advance(() => false)
  if (value === null) throw new Error('an unbounded sampling always finishes')
  return value
}
