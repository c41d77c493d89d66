import type { Scenario } from '../scenario/schema'
import type { Timeline } from '../sim'
import { createTimeline, DEFAULT_WORK_BUDGET, firstDifferingInput } from '../sim'

/**
 * The derive layer's one cache. Everything computed from a scenario (its timeline, worlds, events,
 * chart series, record fates, and whatever a view adds with `derived`/`derivedPer`) lives in the
 * entry of one scenario, the one on screen, and is dropped together when the scenario changes.
 * With two branches on screen (`holdTwo`) it keeps one entry per branch, and an edit of one
 * branch replaces that branch's entry only. The store holds only intent (the scenario object); a
 * scenario is never mutated, so its identity is the cache key. Nothing here is kept in Immer:
 * timelines are large and mutable.
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
  /** When it was last asked for (a counter): of two equally close entries, the staler goes. */
  used: number
}

let clock = 0
let entries: Entry[] = []
/** How many scenarios are on screen: one, or two branches. */
let capacity: 1 | 2 = 1

/**
 * How long two scenarios run alike: the time of their first differing input (Infinity when they
 * are the same run, -1 when they differ from the start). A new scenario is built from, and
 * replaces, the entry that runs alike longest: an edit's own old version, or the branch it forks.
 */
function sharedRun(a: Scenario, b: Scenario): number {
  const difference = firstDifferingInput(a, b)
  if (difference === null) return Infinity
  return difference.kind === 'structure' ? -1 : difference.time
}

/**
 * The entry a new scenario is closest to, or null when there is none. Of two equally close ones,
 * the one asked for least recently: an edit that changes both branches' topics or jobs replaces
 * the branch it came from, not the edited branch just made.
 */
function closest(scenario: Scenario): Entry | null {
  let best: Entry | null = null
  let bestRun = -Infinity
  for (const entry of entries) {
    const run = sharedRun(entry.scenario, scenario)
    if (run > bestRun || (run === bestRun && best !== null && entry.used < best.used)) {
      ;[best, bestRun] = [entry, run]
    }
  }
  return best
}

function newEntry(scenario: Scenario, timeline: Timeline): Entry {
  return { scenario, timeline, values: new Map(), used: ++clock }
}

/** The timeline for `scenario`: an edit keeps every keyframe before the first difference. */
function nextTimeline(scenario: Scenario): Timeline {
  const base = closest(scenario)
  return base === null
    ? createTimeline(scenario, { budget: DEFAULT_WORK_BUDGET })
    : base.timeline.withScenario(scenario)
}

/** Adds `entry`, in place of the one holding `replacing` when given (an edit's old version). */
function add(entry: Entry, replacing?: Scenario): void {
  const old = entries.find((e) => e.scenario === replacing)
  if (old === undefined && entries.length < capacity) entries = [...entries, entry]
  else {
    const replaced = old ?? closest(entry.scenario)
    entries = entries.map((e) => (e === replaced ? entry : e))
  }
}

function entryOf(scenario: Scenario): Entry {
  const known = entries.find((e) => e.scenario === scenario)
  if (known !== undefined) {
    known.used = ++clock
    return known
  }
  const entry = newEntry(scenario, nextTimeline(scenario))
  add(entry)
  return entry
}

/** The scenario's timeline (made on first use; see `prepare.ts` for running it ahead). */
export function timelineOf(scenario: Scenario): Timeline {
  return entryOf(scenario).timeline
}

/**
 * A timeline for `scenario` built from the closest cached one (sharing its keyframes up to the
 * first difference) but not cached yet: `prepare.ts` runs it ahead, then `install`s it if it
 * succeeds, so a refused scenario leaves the ones on screen untouched.
 */
export function timelineFor(scenario: Scenario): Timeline {
  return entries.find((e) => e.scenario === scenario)?.timeline ?? nextTimeline(scenario)
}

/**
 * Makes `scenario`, with its run-ahead `timeline`, a cached scenario, in place of `replacing` (the
 * version it edits) when that is cached: two branches can be the same run, so closeness alone
 * cannot tell which one an edit replaces.
 */
export function install(scenario: Scenario, timeline: Timeline, replacing?: Scenario): void {
  const known = entries.find((e) => e.scenario === scenario)
  if (known?.timeline === timeline) return
  if (known !== undefined) entries = entries.filter((e) => e !== known)
  add(newEntry(scenario, timeline), replacing)
}

/** Two branches are on screen: a new scenario is kept beside the other branch's. */
export function holdTwo(): void {
  capacity = 2
}

/** One scenario is on screen: every other entry is dropped. */
export function holdOne(scenario: Scenario): void {
  capacity = 1
  entries = entries.filter((e) => e.scenario === scenario)
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
