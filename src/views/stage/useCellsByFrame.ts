import { useEffect, useState } from 'react'
import type { Scene } from '../../derive/scene'
import { afterPaint, frameNumber } from '../shared/frameNumber'
import { cellIdsOf, cellsForFrame, cellsLeftInFrame, type FrameSpending } from './cellsByFrame'

/**
 * Cells a frame may add to the stage while the time line is dragged. Mounting a cell (its group,
 * rectangle, tooltip and labels) costs React and the browser a tenth of a millisecond or more, and
 * the first press of a drag can jump to a picture of a thousand new cells: drawn in one render,
 * that frame took 0.2 s. At 150 a frame, the press and the steps where a job's output lanes fill
 * still took 40–70 ms of CPU; at 50 a lane of a few hundred cells fills in over a few frames.
 */
export const NEW_CELLS_PER_FRAME = 50

interface Drawn extends FrameSpending {
  /** The scene this drawing is of (null before the first). */
  readonly source: Scene | null
  readonly scene: Scene | null
  /** Cells of `source` not drawn yet. */
  readonly missing: number
}

/** `source` drawn over `old`: the cells `old` drew and as many new ones as frame `frame` has left. */
function drawnInFrame(source: Scene, old: Drawn, frame: number): Drawn {
  const budget = cellsLeftInFrame(old, frame, NEW_CELLS_PER_FRAME)
  const drawn = cellsForFrame(source, cellIdsOf(old.scene), budget)
  const added = (old.frame === frame ? old.added : 0) + drawn.added
  return { source, scene: drawn.scene, missing: drawn.missing, frame, added }
}

/**
 * The scene to draw for `scene`: whole when the time line is not dragged; while it is, the cells
 * already on screen plus at most NEW_CELLS_PER_FRAME new ones a frame (however many times the
 * frame renders: a press renders twice), and the rest in the frames after (they keep coming in
 * after the drag ends, until the picture is whole).
 */
export function useCellsByFrame(scene: Scene | null, dragged: boolean): Scene | null {
  const [drawn, setDrawn] = useState<Drawn>({
    source: null,
    scene: null,
    missing: 0,
    frame: -1,
    added: 0,
  })
  let shown = drawn
  if (drawn.source !== scene) {
    shown =
      scene !== null && (dragged || drawn.missing > 0)
        ? drawnInFrame(scene, drawn, frameNumber())
        : { ...drawn, source: scene, scene, missing: 0 }
    // Adjusting state while rendering (React's pattern for state derived from the last render).
    setDrawn(shown)
  }
  useEffect(() => {
    const { source, missing } = drawn
    if (source === null || missing === 0) return
    // After the paint of what this frame drew, in the next frame's budget.
    return afterPaint(() => {
      setDrawn((old) => (old.source === source ? drawnInFrame(source, old, frameNumber()) : old))
    })
  }, [drawn])
  return shown.scene
}
