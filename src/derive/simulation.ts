import type { Scenario } from '../scenario/schema'
import type { ReadonlyWorld, SimEvent } from '../sim'
import { derived, timelineOf } from './cache'
import { notableEvents } from './steps'
import { topicChoices, type TopicChoice } from './topicChoices'

/**
 * The timeline of the scenario on screen and what is read from it: worlds, events, topics. All of
 * it lives in the derive layer's one cache (`cache.ts`), rebuilt when the scenario changes, so an
 * edit at t keeps every keyframe before t.
 */

/** The world at the cursor, asked for by every view each frame: computed once per time. */
const cursorWorld = derived((): { t: number; world: ReadonlyWorld | null } => ({
  t: -1,
  world: null,
}))

/** The world at `t` (floored to whole ms), shared between callers, so read-only by type. */
export function worldAt(scenario: Scenario, t: number): ReadonlyWorld {
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

/** The world at `t` without disturbing the cursor's cached world (for looking around in time). */
export function worldAtOtherTime(scenario: Scenario, t: number): ReadonlyWorld {
  return timelineOf(scenario).worldAt(t)
}
