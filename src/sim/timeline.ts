import { firstDifferingInput } from './compare/inputs'
import { segmentCount } from './budget/keyframeMemory'
import type { WorkBudget } from './budget/workBudget'
import type { Keyframe } from './keyframes'
import { createKeyframeList } from './keyframes'
import { GENEROUS_WORK_BUDGET } from './budget/workBudget'
import { createWorkMeter } from './budget/workMeter'
import { advanceWorld, initialWorld } from './engine'
import type { SimEvent } from './events'
import { ignoreEvents } from './events'
import type { SimScenario } from './simScenario'
import type { World } from './world'
import { cloneWorld } from './world'

/**
 * Scrubbing: `worldAt(t)` from the nearest keyframe at or before t plus a replay of the events up to t.
 * Keyframes are taken every `keyframeEvery` events and share record storage with the live world, so
 * they cost O(partitions + segments), not O(records). Playing forwards continues from the last world.
 */
export interface Timeline {
  readonly scenario: SimScenario
  readonly endTime: number
  /** The world after every event with time ≤ t (clamped to [0, endTime]); the caller owns the copy. */
  worldAt(t: number): World
  /** The notable events (not single appends, fetches or task runs) with time ≤ t, in order. */
  eventsUntil(t: number): readonly SimEvent[]
  /**
   * Runs the scenario further towards its end until it has done `maxWork` more units of work (the
   * work budget's units: one per event plus what each cleaner pass, retention check and keyframe
   * read; at least one event), recording events and keyframes as `worldAt` would, and says how
   * far it got. A slice sized in work, not events, takes about as long wherever it falls: one
   * cleaner pass over thousands of segments is one event but thousands of units. A caller that
   * must not block (the browser) calls it in slices until `done`, showing `time / endTime` as
   * progress; afterwards `worldAt` and `eventsUntil` only replay from keyframes. Throws
   * `SimulationBudgetError` like `worldAt` when the run goes over its budget.
   */
  computeAhead(maxWork: number): AheadProgress
  /** Whether the whole run is computed: `computeAhead` has nothing left to do. */
  readonly computed: boolean
  /**
   * A timeline for an edited scenario that keeps every keyframe before the first difference: an
   * edit, or a branch forked from this scenario, which shares its keyframes up to the fork.
   */
  withScenario(next: SimScenario): Timeline
  readonly keyframeCount: number
}

/** How far `computeAhead` got: the simulated time reached, and whether that is the end. */
export interface AheadProgress {
  readonly done: boolean
  readonly time: number
}

export interface TimelineOptions {
  readonly keyframeEvery?: number
  /**
   * Work and keyframe memory: a run over `maxWork` stops with a `SimulationBudgetError` naming
   * what is expensive; keyframes over `maxKeyframeBytes` are thinned.
   */
  readonly budget?: WorkBudget
}

interface RecordedEvent {
  readonly eventCount: number
  readonly event: SimEvent
}

export const DEFAULT_KEYFRAME_EVERY = 1024

// Per-record and per-run events: too many to keep, and each is visible in the state it leaves.
const QUIET_EVENTS: ReadonlySet<SimEvent['type']> = new Set([
  'record.appended',
  'consumer.fetched',
  'job.processed',
])

export function createTimeline(scenario: SimScenario, options: TimelineOptions = {}): Timeline {
  const start: Keyframe = { eventCount: 0, time: 0, world: initialWorld(scenario) }
  return buildTimeline(scenario, options, [start], [])
}

function buildTimeline(
  scenario: SimScenario,
  options: TimelineOptions,
  initialKeyframes: readonly Keyframe[],
  events: RecordedEvent[],
): Timeline {
  const budget = options.budget ?? GENEROUS_WORK_BUDGET
  const keyframes = createKeyframeList(
    initialKeyframes,
    options.keyframeEvery ?? DEFAULT_KEYFRAME_EVERY,
    budget.maxKeyframeBytes,
  )
  const meter = createWorkMeter(scenario, budget)
  const endTime = scenario.durationMs
  const lastKeyframe = initialKeyframes[initialKeyframes.length - 1]
  /** Events up to `frontier` (by count) have been computed and recorded. */
  let frontier = lastKeyframe?.eventCount ?? 0
  /** Every event with time ≤ frontierTime has been computed. */
  let frontierTime = (lastKeyframe?.time ?? 0) - 1
  let cursor: World | null = null

  /** Advances `work` to t (or until `stopWhen` says so); returns whether it got to t. */
  const advance = (work: World, t: number, stopWhen?: () => boolean): boolean => {
    // Everything up to t is known already: replay without recording events or keyframes.
    if (t <= frontierTime) {
      advanceWorld(work, scenario, t, ignoreEvents)
      return true
    }
    let costlyEvent = false
    const sink = (event: SimEvent): void => {
      if (work.eventCount <= frontier) return
      meter.see(event)
      if (!QUIET_EVENTS.has(event.type)) {
        events.push({ eventCount: work.eventCount, event })
        if (event.type === 'cleaner.pass') costlyEvent = true
      }
    }
    const reached = advanceWorld(
      work,
      scenario,
      t,
      sink,
      (w, handled) => {
        if (w.eventCount <= frontier) return
        frontier = w.eventCount
        meter.charge(w, handled)
        const last = keyframes.items[keyframes.items.length - 1]
        // Every `keyframeEvery` events, and right after a cleaning pass so no seek replays one.
        if (keyframes.isDue(frontier - (last?.eventCount ?? 0), costlyEvent)) {
          costlyEvent = false
          meter.chargeKeyframe(w, segmentCount(w))
          keyframes.add({ eventCount: frontier, time: w.now, world: cloneWorld(w) })
        }
      },
      stopWhen,
    )
    if (reached && work.eventCount >= frontier && t > frontierTime) frontierTime = t
    return reached
  }

  const worldAt = (time: number): World => {
    const t = Math.max(0, Math.min(endTime, Math.floor(time)))
    // Continue from the last world (forward play) unless a keyframe is further along.
    const keyframe = keyframes.atOrBefore(t)
    const work =
      cursor && cursor.now <= t && cursor.eventCount >= keyframe.eventCount
        ? cursor
        : cloneWorld(keyframe.world)
    advance(work, t)
    cursor = work
    return cloneWorld(work)
  }

  const timeline: Timeline = {
    scenario,
    endTime,
    worldAt,
    eventsUntil(t) {
      if (t > frontierTime) worldAt(t)
      return events.filter((e) => e.event.time <= t).map((e) => e.event)
    },
    computeAhead(maxWork) {
      if (frontierTime >= endTime) return { done: true, time: endTime }
      const last = keyframes.atOrBefore(endTime)
      // Continue from the working world when it is past the last keyframe, as forward play does.
      const work = cursor && cursor.eventCount >= last.eventCount ? cursor : cloneWorld(last.world)
      // Every new event is charged at least one unit, so the slice always moves on.
      const stopAt = meter.used + Math.max(1, maxWork)
      const done = advance(work, endTime, () => meter.used >= stopAt)
      cursor = work
      return { done, time: done ? endTime : work.now }
    },
    get computed() {
      return frontierTime >= endTime
    },
    withScenario(next) {
      const difference = firstDifferingInput(scenario, next)
      if (difference === null) return timeline
      if (difference.kind === 'structure') return createTimeline(next, options)
      const from = difference.time
      const kept = keyframes.items.filter((k) => k.eventCount === 0 || k.time < from)
      const lastKept = kept[kept.length - 1]?.eventCount ?? 0
      return buildTimeline(
        next,
        options,
        kept,
        events.filter((e) => e.eventCount <= lastKept),
      )
    },
    get keyframeCount() {
      return keyframes.items.length
    },
  }
  return timeline
}
