import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import type { Lane, Scene } from '../../derive/scene'
import { afterPaint } from '../shared/frameNumber'

/**
 * While the time line is dragged (`dragged`), hands `hold` the lanes of the stage nobody can see
 * (scrolled out of view), by id, as they were drawn when they went out of sight: the scene keeps
 * them instead of building them anew, so a drag's frame costs what is on screen (a changelog's
 * thousand cells below the fold were redrawn on every step, and created and removed whenever it
 * crossed the density threshold). An IntersectionObserver says which lanes are out of view, so
 * nothing is measured in a drag's frame; they are first held once the press is painted. A lane
 * scrolled into view is released at once; when the drag ends, `hold` gets null and every lane is
 * built again. `scene` is the scene drawn in `svgRef`.
 */
export function useHoldUnseenLanes(
  dragged: boolean,
  svgRef: RefObject<SVGSVGElement | null>,
  scene: Scene | null,
  hold: (lanes: ReadonlyMap<string, Lane> | null) => void,
): void {
  const unseen = useRef(new Set<string>())
  const shown = useRef({ scene, dragged })
  const holdUnseen = useRef((): void => {
    if (!shown.current.dragged) return
    const lanes = shown.current.scene?.lanes ?? []
    hold(new Map(lanes.filter((l) => unseen.current.has(l.id)).map((l) => [l.id, l])))
  })
  useLayoutEffect(() => {
    shown.current = { scene, dragged }
  }, [scene, dragged])
  useLayoutEffect(() => {
    if (!dragged) {
      hold(null)
      return
    }
    // After the press is painted: holding builds the scene again, which at the press only makes
    // the same picture (the lanes held are those just drawn), and would double its task.
    return afterPaint(() => {
      holdUnseen.current()
    })
  }, [dragged, hold])
  // Observed again whenever lanes come or go (a job starting adds its changelog and output).
  const laneIds = (scene?.lanes ?? []).map((l) => l.id).join(' ')
  useEffect(() => {
    const svg = svgRef.current
    if (svg === null || laneIds === '') return
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const id = entry.target.getAttribute('data-lane') ?? ''
        if (entry.isIntersecting) unseen.current.delete(id)
        else unseen.current.add(id)
      }
      holdUnseen.current()
    })
    unseen.current.clear()
    for (const lane of svg.querySelectorAll('[data-lane]')) observer.observe(lane)
    return () => {
      observer.disconnect()
    }
  }, [svgRef, laneIds])
}
