import type { Scenario } from '../scenario/schema'
import type { SimEvent, Timeline, World } from '../sim'
import { createTimeline, SimulationBudgetError } from '../sim'
import { notableEvents } from './steps'
import { topicChoices, type TopicChoice } from './topicChoices'

/**
 * The derived side of the app: the timeline of the current scenario, kept outside the store (never
 * in Immer: it is large and mutable) and rebuilt with `withScenario` when the scenario changes, so
 * an edit at t keeps every keyframe before t.
 */

/** The browser's work budget: a link or file asking for more is refused, not run for minutes. */
export const BROWSER_MAX_EVENTS = 3_000_000

let current: { scenario: Scenario; timeline: Timeline } | null = null
let lastWorld: { scenario: Scenario; t: number; world: World } | null = null
let lastEvents: {
  scenario: Scenario
  events: readonly SimEvent[]
  notable?: readonly SimEvent[]
  topics?: readonly TopicChoice[]
} | null = null

function nextTimeline(scenario: Scenario): Timeline {
  return current === null
    ? createTimeline(scenario, { maxEvents: BROWSER_MAX_EVENTS })
    : current.timeline.withScenario(scenario)
}

function timelineOf(scenario: Scenario): Timeline {
  if (current?.scenario !== scenario) current = { scenario, timeline: nextTimeline(scenario) }
  return current.timeline
}

/** The world at `t` (floored to whole ms). Shared between callers: read it, never change it. */
export function worldAt(scenario: Scenario, t: number): World {
  const ms = Math.floor(t)
  if (lastWorld?.scenario !== scenario || lastWorld.t !== ms) {
    lastWorld = { scenario, t: ms, world: timelineOf(scenario).worldAt(ms) }
  }
  return lastWorld.world
}

/** Every event of the whole scenario except single appends and fetches, in order. */
export function eventsOf(scenario: Scenario): readonly SimEvent[] {
  if (lastEvents?.scenario !== scenario) {
    lastEvents = { scenario, events: timelineOf(scenario).eventsUntil(scenario.durationMs) }
  }
  return lastEvents.events
}

function eventCacheOf(scenario: Scenario): NonNullable<typeof lastEvents> {
  eventsOf(scenario)
  if (lastEvents === null) throw new Error('events were not computed')
  return lastEvents
}

/** The events a person steps through and reads (`notableEvents`), computed once per scenario. */
export function notableEventsOf(scenario: Scenario): readonly SimEvent[] {
  const cache = eventCacheOf(scenario)
  return (cache.notable ??= notableEvents(cache.events))
}

/** Every topic the scenario ever has (`topicChoices`), computed once per scenario. */
export function topicChoicesOf(scenario: Scenario): readonly TopicChoice[] {
  const cache = eventCacheOf(scenario)
  return (cache.topics ??= topicChoices(scenario, cache.events))
}

/**
 * A lower bound on the events `scenario` needs: every generated record and every consumer poll is
 * one. Checked before anything runs, so a link asking for far too much is refused at once.
 */
export function estimateEvents(scenario: Scenario): number {
  const records = scenario.producers.reduce(
    (sum, p) => sum + (Math.max(0, p.stopMs - p.startMs) * p.recordsPerSecond) / 1000,
    0,
  )
  const polls = scenario.consumers.reduce(
    (sum, c) =>
      sum +
      (c.pollIntervalMs === null
        ? 0
        : Math.max(0, scenario.durationMs - c.startMs) / c.pollIntervalMs),
    0,
  )
  return Math.floor(records + polls)
}

/**
 * Runs `scenario` to its end once, so that markers and steps are known and an oversized scenario
 * is refused here rather than half-way through playing. On failure the previous timeline stays.
 */
export function prepareScenario(scenario: Scenario): { ok: true } | { ok: false; message: string } {
  const estimate = estimateEvents(scenario)
  if (estimate > BROWSER_MAX_EVENTS) {
    return { ok: false, message: new SimulationBudgetError(BROWSER_MAX_EVENTS).message }
  }
  const previous = current
  try {
    current = { scenario, timeline: nextTimeline(scenario) }
    eventsOf(scenario)
    return { ok: true }
  } catch (error) {
    current = previous
    if (error instanceof SimulationBudgetError) return { ok: false, message: error.message }
    throw error
  }
}

/** The world at `t` without disturbing the cursor's cached world (for looking around in time). */
export function worldAtOtherTime(scenario: Scenario, t: number): World {
  return timelineOf(scenario).worldAt(t)
}
