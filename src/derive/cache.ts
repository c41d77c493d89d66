import type { Scenario } from '../scenario/schema'
import type { Timeline } from '../sim'
import { createTimeline, DEFAULT_WORK_BUDGET } from '../sim'

/**
 * The derive layer's one cache. Everything computed from a scenario (its timeline, worlds, events,
 * chart series, record fates, and whatever a view adds with `derived`/`derivedPer`) lives in the
 * entry of one scenario, the one on screen, and is dropped together when the scenario changes.
 * The store holds only intent (the scenario object); a scenario is never mutated, so its identity
 * is the cache key. Nothing here is kept in Immer: timelines are large and mutable.
 *
 * To add a derived value: `export const sceneOf = derived((scenario) => computeScene(scenario))`
 * (or `derivedPer(keyOf, compute)` when it also depends on an argument, such as a partition).
 * It is computed the first time it is asked for and kept until the scenario changes.
 */

interface Entry {
  readonly scenario: Scenario
  readonly timeline: Timeline
  /** One slot per `derived`/`derivedPer` function, keyed by the function's own token. */
  readonly values: Map<object, unknown>
}

let current: Entry | null = null

/** The timeline for `scenario`: an edit keeps every keyframe before the first difference. */
function nextTimeline(scenario: Scenario): Timeline {
  return current === null
    ? createTimeline(scenario, { budget: DEFAULT_WORK_BUDGET })
    : current.timeline.withScenario(scenario)
}

function entryOf(scenario: Scenario): Entry {
  if (current?.scenario !== scenario) {
    current = { scenario, timeline: nextTimeline(scenario), values: new Map() }
  }
  return current
}

/** The scenario's timeline (made on first use; see `prepare.ts` for running it ahead). */
export function timelineOf(scenario: Scenario): Timeline {
  return entryOf(scenario).timeline
}

/**
 * A timeline for `scenario` built from the cached one (sharing its keyframes up to the first
 * difference) but not cached yet: `prepare.ts` runs it ahead, then `install`s it if it succeeds, so
 * a refused scenario leaves the one on screen untouched.
 */
export function timelineFor(scenario: Scenario): Timeline {
  return current?.scenario === scenario ? current.timeline : nextTimeline(scenario)
}

/** Makes `scenario`, with its run-ahead `timeline`, the cached scenario. */
export function install(scenario: Scenario, timeline: Timeline): void {
  if (current?.scenario === scenario && current.timeline === timeline) return
  current = { scenario, timeline, values: new Map() }
}

/** A value computed from a scenario once, kept in the scenario's cache entry. */
export function derived<T>(compute: (scenario: Scenario) => T): (scenario: Scenario) => T {
  const token = {}
  return (scenario) => {
    const { values } = entryOf(scenario)
    // Only this closure writes under `token`, always a T.
    if (values.has(token)) return values.get(token) as T
    const value = compute(scenario)
    values.set(token, value)
    return value
  }
}

/** Like `derived`, once per argument (told apart by `keyOf`), e.g. per partition or record. */
export function derivedPer<A, T>(
  keyOf: (arg: A) => string,
  compute: (scenario: Scenario, arg: A) => T,
): (scenario: Scenario, arg: A) => T {
  const perScenario = derived((): Map<string, T> => new Map())
  return (scenario, arg) => {
    const byKey = perScenario(scenario)
    const key = keyOf(arg)
    const known = byKey.get(key)
    if (known !== undefined) return known
    const value = compute(scenario, arg)
    byKey.set(key, value)
    return value
  }
}
