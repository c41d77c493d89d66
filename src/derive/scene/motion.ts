import type { SimEvent } from '../../sim'
import type { SceneTransition, StoreChange } from './transition'
import type { Lane, Scene } from './types'

/**
 * The maths of the stage's motion between two scenes: where a lane's offsets are, what a store
 * value reads and how far a cell has come at progress `p` (0 = the scene before, 1 = after). Pure,
 * so the renderer only asks; reduced motion and jumps simply draw `p = 1`.
 */

/** Slow in, slow out: the eye follows a move that starts and ends gently. */
export function ease(p: number): number {
  const t = Math.min(1, Math.max(0, p))
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2
}

function lerp(a: number, b: number, p: number): number {
  return a + (b - a) * p
}

/**
 * Offset → x in the lane at progress `p`: between where the lane drew that offset before (its old
 * range and scale) and where it draws it after. A lane that is new draws where it is after.
 */
export function laneXAt(
  before: Lane | undefined,
  after: Lane,
  p: number,
): (offset: number) => number {
  const xAfter = (offset: number): number => (offset - after.range.from) * after.perOffset
  if (before === undefined || p >= 1) return xAfter
  return (offset) => lerp((offset - before.range.from) * before.perOffset, xAfter(offset), p)
}

/** How far down a lane is drawn from where it is after (lanes move when one above grows). */
export function laneShiftAt(before: Lane | undefined, after: Lane, p: number): number {
  return before === undefined ? 0 : (1 - p) * (before.y - after.y)
}

/**
 * The archive-only stretch of a tiered lane at progress `p`, in offsets: it grows from where it
 * ended before (from nothing, at its start, when there was none) to where it ends after, as the
 * segments the broker let go turn archived; null when the lane has none after.
 */
export function archiveSpanAt(
  before: Lane | undefined,
  after: Lane,
  p: number,
): { readonly from: number; readonly to: number } | null {
  const end = after.archive
  if (end === null) return null
  if (before === undefined || p >= 1) return end
  const start = before.archive ?? { from: end.from, to: end.from }
  return { from: lerp(start.from, end.from, p), to: lerp(start.to, end.to, p) }
}

/**
 * A store value as it ticks: a count runs through the numbers between, anything else switches
 * half-way.
 */
export function storeValueAt(change: StoreChange, p: number): string | null {
  if (p >= 1) return change.to
  const from = Number(change.from)
  const to = Number(change.to)
  const counts = change.from !== null && change.to !== null && /^-?\d+$/.test(change.from)
  if (counts && /^-?\d+$/.test(change.to) && Number.isFinite(from) && Number.isFinite(to))
    return String(Math.round(lerp(from, to, p)))
  return p < 0.5 ? change.from : change.to
}

/** Whether anything on the stage moves from `before` to `after`, so motion is worth drawing. */
export function hasMotion(before: Scene, after: Scene, t: SceneTransition): boolean {
  const comesOrGoes = t.appeared.length + t.leaving.length + t.newGhosts.length
  if (comesOrGoes + t.rolled.length + t.archived.length > 0) return true
  if (t.store.length > 0 || t.markers.some((m) => m.from !== m.to)) return true
  const old = new Map(before.lanes.map((l) => [l.id, l]))
  return after.lanes.some((lane) => {
    const was = old.get(lane.id)
    if (was === undefined) return false
    return (
      was.y !== lane.y || was.range.from !== lane.range.from || was.perOffset !== lane.perOffset
    )
  })
}

/** The notable events after `from` up to and including `to` (either way round), in order. */
export function eventsBetween(
  history: readonly SimEvent[],
  from: number,
  to: number,
): readonly SimEvent[] {
  const low = Math.min(from, to)
  const high = Math.max(from, to)
  return history.filter((e) => e.time > low && e.time <= high)
}
