import { useEffect, useState } from 'react'
import type { Scene } from '../../derive/scene'
import { cellIdsOf, cellsForFrame } from './cellsByFrame'

/**
 * Cells a frame may add to the stage while the time line is dragged. Mounting a cell (its group,
 * rectangle, tooltip and labels) costs React and the browser a tenth of a millisecond or more, and
 * the first press of a drag can jump to a picture of a thousand new cells: drawn in one render,
 * that frame took 0.2 s.
 */
export const NEW_CELLS_PER_FRAME = 150

interface Drawn {
  /** The scene this drawing is of (null before the first). */
  readonly source: Scene | null
  readonly scene: Scene | null
  /** Cells of `source` not drawn yet. */
  readonly missing: number
}

/**
 * The scene to draw for `scene`: whole when the time line is not dragged; while it is, the cells
 * already on screen plus at most NEW_CELLS_PER_FRAME new ones, and the rest over the next frames
 * (they keep coming in after the drag ends, until the picture is whole).
 */
export function useCellsByFrame(scene: Scene | null, dragged: boolean): Scene | null {
  const [drawn, setDrawn] = useState<Drawn>({ source: null, scene: null, missing: 0 })
  let shown = drawn
  if (drawn.source !== scene) {
    shown =
      scene !== null && (dragged || drawn.missing > 0)
        ? { source: scene, ...cellsForFrame(scene, cellIdsOf(drawn.scene), NEW_CELLS_PER_FRAME) }
        : { source: scene, scene, missing: 0 }
    // Adjusting state while rendering (React's pattern for state derived from the last render).
    setDrawn(shown)
  }
  useEffect(() => {
    const { source, missing } = drawn
    if (source === null || missing === 0) return
    const frame = requestAnimationFrame(() => {
      setDrawn((old) =>
        old.source === source
          ? { source, ...cellsForFrame(source, cellIdsOf(old.scene), NEW_CELLS_PER_FRAME) }
          : old,
      )
    })
    return () => {
      cancelAnimationFrame(frame)
    }
  }, [drawn])
  return shown.scene
}
