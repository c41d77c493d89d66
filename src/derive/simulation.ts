import type { Scenario } from '../scenario/schema'
import type { SimEvent, World } from '../sim'
import { SimulationBudgetError } from '../sim'
import { BROWSER_MAX_EVENTS, derived, timelineOf, withFreshEntry } from './cache'
import { notableEvents } from './steps'
import { topicChoices, type TopicChoice } from './topicChoices'

/**
 * The timeline of the scenario on screen and what is read from it: worlds, events, topics. All of
 * it lives in the derive layer's one cache (`cache.ts`), rebuilt when the scenario changes, so an
 * edit at t keeps every keyframe before t.
 */

/** The world at the cursor, asked for by every view each frame: computed once per time. */
const cursorWorld = derived((): { t: number; world: World | null } => ({ t: -1, world: null }))

/** The world at `t` (floored to whole ms). Shared between callers: read it, never change it. */
export function worldAt(scenario: Scenario, t: number): World {
  const ms = Math.floor(t)
  const last = cursorWorld(scenario)
  if (last.world === null || last.t !== ms) {
    last.world = timelineOf(scenario).worldAt(ms)
    last.t = ms
  }
  return last.world
}

/** Every event of the whole scenario except single appends and fetches, in order. */
export const eventsOf = derived((scenario: Scenario): readonly SimEvent[] =>
  timelineOf(scenario).eventsUntil(scenario.durationMs),
)

/** The events a person steps through and reads (`notableEvents`), computed once per scenario. */
export const notableEventsOf = derived((scenario: Scenario): readonly SimEvent[] =>
  notableEvents(eventsOf(scenario)),
)

/** Every topic the scenario ever has (`topicChoices`), computed once per scenario. */
export const topicChoicesOf = derived((scenario: Scenario): readonly TopicChoice[] =>
  topicChoices(scenario, eventsOf(scenario)),
)

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
  try {
    withFreshEntry(scenario, () => eventsOf(scenario))
    return { ok: true }
  } catch (error) {
    if (error instanceof SimulationBudgetError) return { ok: false, message: error.message }
    throw error
  }
}

/** The world at `t` without disturbing the cursor's cached world (for looking around in time). */
export function worldAtOtherTime(scenario: Scenario, t: number): World {
  return timelineOf(scenario).worldAt(t)
}
