import type { Scene } from '../../derive/scene'

/** What one frame of a drag draws of a scene, and how many of its cells wait for later frames. */
export interface FrameCells {
  readonly scene: Scene
  readonly missing: number
  /** Cells drawn that were not on screen. */
  readonly added: number
}

/** How many new cells a frame's picture has received so far. */
export interface FrameSpending {
  /** The frame (see `frameNumber`) the last new cells were drawn in. */
  readonly frame: number
  readonly added: number
}

/**
 * New cells frame `frame` may still draw when `spent` says what the last frame to draw any got:
 * every render of one frame (a press renders the stage twice) shares the frame's `perFrame`.
 */
export function cellsLeftInFrame(spent: FrameSpending, frame: number, perFrame: number): number {
  return spent.frame === frame ? Math.max(0, perFrame - spent.added) : perFrame
}

/** The ids of the cells a scene draws. */
export function cellIdsOf(scene: Scene | null): Set<string> {
  const ids = new Set<string>()
  for (const lane of scene?.lanes ?? []) for (const cell of lane.cells ?? []) ids.add(cell.id)
  return ids
}

/**
 * `scene` with the cells one frame can add: every cell already on screen (`onScreen`, by id) stays,
 * and at most `budget` others join it, lane by lane from the top and left to right in a lane.
 * A lane that lacks nothing is the scene's own object, and a scene that lacks nothing is `scene`,
 * so what did not change is not drawn again.
 */
export function cellsForFrame(
  scene: Scene,
  onScreen: ReadonlySet<string>,
  budget: number,
): FrameCells {
  let left = budget
  let missing = 0
  const lanes = scene.lanes.map((lane) => {
    const cells = lane.cells
    if (cells === null) return lane
    const drawn = cells.filter((cell) => {
      if (onScreen.has(cell.id)) return true
      if (left > 0) {
        left--
        return true
      }
      missing++
      return false
    })
    return drawn.length === cells.length ? lane : { ...lane, cells: drawn }
  })
  return { scene: missing === 0 ? scene : { ...scene, lanes }, missing, added: budget - left }
}
