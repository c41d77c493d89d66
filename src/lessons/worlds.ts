import type { Scenario } from '../scenario/schema'
import type { Timeline, WorldSnapshot } from '../sim'
import { createTimeline, firstDivergence, snapshotWorld } from '../sim'
import type { Lesson } from './format/parse'
import type { QueryWorlds } from './query/evaluate'
import { branchWorlds, oneWorld } from './query/evaluate'

/** How a caller runs scenarios: the app from its cache, a test from its own timelines. */
export interface Runner {
  /** The world of `scenario` at `t`. */
  readonly worldAt: (scenario: Scenario, t: number) => WorldSnapshot
  /** When the runs of `a` and `b` first differ (ms), or null when they never do. */
  readonly divergence: (a: Scenario, b: Scenario) => number | null
}

/**
 * What `lesson`'s queries read at a time: its world, or both branches' worlds and whether they
 * have parted by then. The divergence is asked for only when a lesson has two branches.
 */
export function lessonWorlds(lesson: Lesson, runner: Runner): (t: number) => QueryWorlds {
  const { scenario, branched } = lesson
  if (branched === null) return (t) => oneWorld(runner.worldAt(scenario, t))
  let divergence: { readonly time: number | null } | undefined
  return (t) => {
    divergence ??= { time: runner.divergence(scenario, branched.b) }
    return branchWorlds(runner.worldAt(scenario, t), runner.worldAt(branched.b, t), divergence.time)
  }
}

/** A runner with timelines of its own, one per scenario (the claim tests, the e2e helpers). */
export function ownTimelines(): Runner {
  const timelines = new Map<Scenario, Timeline>()
  const timeline = (scenario: Scenario): Timeline => {
    const made = timelines.get(scenario) ?? createTimeline(scenario)
    timelines.set(scenario, made)
    return made
  }
  return {
    worldAt: (scenario, t) => snapshotWorld(timeline(scenario).worldAt(t)),
    divergence: (a, b) => firstDivergence(a, b)?.time ?? null,
  }
}
