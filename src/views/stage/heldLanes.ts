import type { Lane } from '../../derive/scene'

/** Lanes the stage holds as drawn while the time line is dragged, by id; null when none. */
export type HeldLanes = ReadonlyMap<string, Lane> | null

/**
 * Whether every lane `before` held is still held, as the very same lane, in `after`. Holding more
 * lanes as they are drawn changes nothing in the picture, so the scene need not be built again for
 * it (after a press, that second build took a frame of its own); a lane let go (scrolled into
 * view, or the drag ended) must be built anew at the cursor.
 */
export function keepsEveryHeldLane(before: HeldLanes, after: HeldLanes): boolean {
  if (before === null) return true
  for (const [id, lane] of before) if (after?.get(id) !== lane) return false
  return true
}
