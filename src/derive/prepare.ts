import type { Scenario } from '../scenario/schema'
import type { Timeline } from '../sim'
import {
  assertWithinEstimate,
  DEFAULT_WORK_BUDGET,
  foreseeableWork,
  SimulationBudgetError,
} from '../sim'
import { install, timelineFor } from './cache'
import { eventsOf } from './simulation'

/**
 * Running a scenario to its end before it is shown, so that markers and steps are known and a
 * scenario over the work budget is refused here, with what is expensive named, rather than
 * half-way through playing. The run goes in slices (`Timeline.computeAhead`), so the browser can
 * draw progress and take a Cancel between them; `prepareInSlices` paces them.
 */

/** Ready to show, or refused with the message to show. */
export type Prepared = { readonly ok: true } | { readonly ok: false; readonly message: string }

/** A scenario being run ahead; `step` runs one slice. */
export interface Preparation {
  /** The share of the scenario's simulated time computed so far, from 0 to 1. */
  readonly fraction: number
  /**
   * Known before anything runs to need more than the first slice: its progress is shown before
   * any of it is computed, instead of after a first slice that cannot finish it.
   */
  readonly heavy: boolean
  /**
   * Runs about `maxWork` more units of work (`Timeline.computeAhead`): null while more is left,
   * else the outcome.
   */
  step(maxWork: number): Prepared | null
}

function refusal(error: unknown): Prepared {
  if (error instanceof SimulationBudgetError) return { ok: false, message: error.message }
  throw error
}

/**
 * Starts preparing `scenario`. A scenario whose estimate is far over the budget is refused at
 * once, before anything runs. On success the scenario and its timeline become the cached ones;
 * on a refusal the cache keeps the scenario on screen.
 */
export function startPreparation(scenario: Scenario, replacing?: Scenario): Preparation {
  let timeline: Timeline | null = null
  let fraction = 0
  let outcome: Prepared | null = null
  try {
    assertWithinEstimate(scenario, DEFAULT_WORK_BUDGET)
    timeline = timelineFor(scenario)
  } catch (error) {
    outcome = refusal(error)
  }
  // A scenario refused by the estimate has its answer already, and one computed before (the
  // cached one on screen) has nothing left to run: neither has progress to show.
  const heavy =
    outcome === null && timeline?.computed === false && foreseeableWork(scenario) > HEAVY_WORK
  return {
    get fraction() {
      return fraction
    },
    heavy,
    step(maxWork) {
      if (outcome !== null || timeline === null) return outcome
      try {
        const progress = timeline.computeAhead(maxWork)
        fraction = timeline.endTime === 0 ? 1 : progress.time / timeline.endTime
        if (!progress.done) return null
        install(scenario, timeline, replacing)
        eventsOf(scenario)
        outcome = { ok: true }
      } catch (error) {
        outcome = refusal(error)
      }
      return outcome
    },
  }
}

/**
 * Prepares `scenario` at once, however long it takes (tests, and edits, which reuse keyframes);
 * an edit names the version it `replac`es in the cache (see `install`).
 */
export function prepareScenario(scenario: Scenario, replacing?: Scenario): Prepared {
  const outcome = startPreparation(scenario, replacing).step(Infinity)
  if (outcome === null) throw new Error('an unbounded step always finishes')
  return outcome
}

/** How the browser paces a preparation. */
export interface Pacing {
  /** Wall-clock time, in ms (`performance.now`). */
  readonly now: () => number
  /** Lets the browser draw and handle input, then resumes (a macrotask). */
  readonly yieldToBrowser: () => Promise<void>
  /** Called after each slice with `Preparation.fraction`. */
  readonly onProgress: (fraction: number) => void
  /** Checked between slices: true stops the run, which then ends as 'cancelled'. */
  readonly isCancelled: () => boolean
}

/** Work done before the first yield: a scenario ready within it opens without a progress bar. */
export const FIRST_SLICE_MS = 50
/** Work per slice after that: well inside a 60 Hz frame, leaving time to draw the progress. */
export const SLICE_MS = 10
/** Work units in the first slice: a millisecond or two of appends (3M a second in Node). */
const FIRST_SLICE_WORK = 2_000
/**
 * Foreseeable work (`foreseeableWork`) over which a scenario is `heavy`: about what the first
 * slice gets through while the code is still cold. The shipped scenarios and lessons need a few
 * hundred units; a link with thousands of cleaner runs or millions of records is far over it.
 */
const HEAVY_WORK = 10_000
/**
 * How much a slice may grow over the last one: a slice is sized from how long the last took, and
 * a short one (a few cheap appends) would otherwise size the next a hundred times larger, which
 * then falls on costlier work (cleaner passes, keyframes) and blocks the page for hundreds of ms.
 */
const MAX_SLICE_GROWTH = 2

/**
 * Runs `preparation` in slices of about `SLICE_MS`, sizing each slice in work units from how long
 * the last one took: a unit costs about the same whatever the work (an append, a segment a
 * cleaner pass reads), so a slice that falls on a storm of cleaner passes is not longer than one
 * of appends, as a slice sized in events was. Returns the outcome directly when it is reached
 * within `FIRST_SLICE_MS` (so a small scenario opens in the same task, as before), else a promise
 * of it. A `heavy` one skips that first slice: its progress is reported at once, and the browser
 * draws it before any of the scenario is computed. `firstSliceMs` shortens the first slice where
 * nothing is waiting for the scenario in the same task (the one under a progress dialog).
 */
export function prepareInSlices(
  preparation: Preparation,
  pacing: Pacing,
  firstSliceMs = FIRST_SLICE_MS,
): Prepared | Promise<Prepared | 'cancelled'> {
  let work = FIRST_SLICE_WORK
  /** Runs slices until `budgetMs` has passed; the outcome, or null when there is more to do. */
  const runFor = (budgetMs: number): Prepared | null => {
    const start = pacing.now()
    for (;;) {
      const sliceStart = pacing.now()
      const outcome = preparation.step(work)
      if (outcome !== null) return outcome
      const took = Math.max(0.1, pacing.now() - sliceStart)
      const sized = Math.round((work * SLICE_MS) / took)
      work = Math.max(100, Math.min(1_000_000, work * MAX_SLICE_GROWTH, sized))
      if (pacing.now() - start >= budgetMs) return null
    }
  }
  const first = preparation.heavy ? null : runFor(firstSliceMs)
  if (first !== null) return first
  pacing.onProgress(preparation.fraction)
  return (async () => {
    for (;;) {
      await pacing.yieldToBrowser()
      if (pacing.isCancelled()) return 'cancelled'
      const outcome = runFor(SLICE_MS)
      if (outcome !== null) return outcome
      pacing.onProgress(preparation.fraction)
    }
  })()
}

/** The browser's pacing: its clock, and a yield through the task queue so frames get drawn. */
export function browserPacing(
  onProgress: Pacing['onProgress'],
  isCancelled: Pacing['isCancelled'],
): Pacing {
  return {
    now: () => performance.now(),
    yieldToBrowser: () =>
      new Promise((resolve) => {
        setTimeout(resolve, 0)
      }),
    onProgress,
    isCancelled,
  }
}
