import type { Scenario } from '../scenario/schema'
import type { Divergence, WorldDiff } from '../sim'
import { diffWorlds, firstDivergence } from '../sim'
import { timelineOf } from './cache'
import { worldAt } from './simulation'

/**
 * What the two branches on screen have in common and where they part, for the side-by-side view:
 * the first divergence (once per pair of scenarios) and the diff of both worlds at the cursor
 * (once per time). Both come from `src/sim/compare`, on worlds from the branches' own timelines.
 */

let lastDivergence: { a: Scenario; b: Scenario; divergence: Divergence | null } | null = null

/** Where branch `b` parts from `a` (null: the same run); replayed from A's keyframes. */
export function branchDivergence(a: Scenario, b: Scenario): Divergence | null {
  if (lastDivergence?.a === a && lastDivergence.b === b) return lastDivergence.divergence
  const divergence = firstDivergence(a, b, { worldAt: (t) => timelineOf(a).worldAt(t) })
  lastDivergence = { a, b, divergence }
  return divergence
}

let lastDiff: { a: Scenario; b: Scenario; t: number; diff: WorldDiff } | null = null

/** How the worlds of branches `a` and `b` differ at `t` (whole ms). */
export function branchDiffAt(a: Scenario, b: Scenario, t: number): WorldDiff {
  const ms = Math.floor(t)
  if (lastDiff?.a === a && lastDiff.b === b && lastDiff.t === ms) return lastDiff.diff
  const diff = diffWorlds(worldAt(a, ms), worldAt(b, ms))
  lastDiff = { a, b, t: ms, diff }
  return diff
}
