import { advanceWorld, initialWorld } from '../engine'
import type { SimEvent } from '../events'
import { ignoreEvents } from '../events'
import type { SimScenario } from '../simScenario'
import type { World } from '../world'
import { cloneWorld } from '../world'
import type { InputDifference } from './inputs'
import { firstDifferingInput } from './inputs'

/** The first event one run has and the other does not have at that point (null: nothing there). */
export interface EventDifference {
  readonly time: number
  readonly a: SimEvent | null
  readonly b: SimEvent | null
}

/**
 * Where two runs part: the first input that differs and the first event that differs. `time` is the
 * event's, or null when no event differs up to the horizon (the inputs differ, but nothing they do
 * shows there). It is never before the input's time: up to it both runs are the same.
 */
export interface Divergence {
  readonly time: number | null
  readonly input: InputDifference
  readonly event: EventDifference | null
}

export interface DivergenceOptions {
  /** Compare the runs up to here (default and most: the end of the shorter scenario). */
  readonly until?: number
  /**
   * The world of A after every event at or before `t` (a copy the caller gives away), from a
   * timeline's keyframes; by default a replay from 0.
   */
  readonly worldAt?: (t: number) => World
}

/**
 * The first divergence of two runs, or null when their scenarios are the same run. Both runs go
 * forward together from the last moment they share, a window of time at a time, and their events
 * are compared one by one, quiet ones (appends, fetches, task runs) included.
 */
export function firstDivergence(
  a: SimScenario,
  b: SimScenario,
  options: DivergenceOptions = {},
): Divergence | null {
  const input = firstDifferingInput(a, b)
  if (input === null) return null
  const until = Math.min(options.until ?? Infinity, a.durationMs, b.durationMs)
  const event = input.time > until ? null : firstDifferingEvent(a, b, input.time, until, options)
  return { time: event?.time ?? null, input, event }
}

/** Events per window above which the next window is made shorter (bounds the memory held). */
const WINDOW_EVENTS = 4096

function firstDifferingEvent(
  a: SimScenario,
  b: SimScenario,
  from: number,
  until: number,
  options: DivergenceOptions,
): EventDifference | null {
  const [worldA, worldB] = sharedStart(a, b, from, options)
  let windowEnd = from
  let windowMs = 1
  for (;;) {
    const eventsA = eventsUpTo(worldA, a, windowEnd)
    const eventsB = eventsUpTo(worldB, b, windowEnd)
    const difference = firstDifference(eventsA, eventsB)
    if (difference !== null || windowEnd >= until) return difference
    windowMs = eventsA.length > WINDOW_EVENTS ? Math.max(1, windowMs / 2) : windowMs * 2
    windowEnd = Math.min(until, windowEnd + windowMs)
  }
}

/** Worlds of A and B just before `from`, where they are still one world. */
function sharedStart(
  a: SimScenario,
  b: SimScenario,
  from: number,
  options: DivergenceOptions,
): [World, World] {
  if (from === 0) return [initialWorld(a), initialWorld(b)]
  let world: World
  if (options.worldAt) world = options.worldAt(from - 1)
  else {
    world = initialWorld(a)
    advanceWorld(world, a, from - 1, ignoreEvents)
  }
  return [world, cloneWorld(world)]
}

function eventsUpTo(world: World, scenario: SimScenario, until: number): SimEvent[] {
  const events: SimEvent[] = []
  advanceWorld(world, scenario, until, (event) => events.push(event))
  return events
}

function firstDifference(a: readonly SimEvent[], b: readonly SimEvent[]): EventDifference | null {
  const length = Math.max(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a[i] ?? null
    const y = b[i] ?? null
    if (JSON.stringify(x) !== JSON.stringify(y)) {
      const time = Math.min(x?.time ?? Infinity, y?.time ?? Infinity)
      return { time, a: x, b: y }
    }
  }
  return null
}
