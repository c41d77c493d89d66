import { useEffect, type RefObject } from 'react'
import type { Lane, Scene } from '../../derive/scene'
import { useAppStore } from '../../store/appStore'

/** A pointer moved this far (px) is a drag, and the click that ends it inspects nothing. */
const DRAG_PX = 4
/** One wheel notch (about 100 px of deltaY) zooms by this factor. */
const WHEEL_ZOOM_PER_100PX = 1.5

/** The lane whose band is under `y`, and the offset under `x`. */
function laneAt(scene: Scene, x: number, y: number): { lane: Lane; offset: number } | null {
  const lane = scene.lanes.find((l) => y >= l.bandY && y <= l.bandY + l.bandHeight)
  if (lane === undefined) return null
  return { lane, offset: lane.range.from + x / lane.perOffset }
}

/**
 * The stage's direct manipulation: the wheel over a lane's band zooms that partition around the
 * offset under the pointer (it becomes the selected partition); dragging the selected, zoomed
 * lane pans it. Elsewhere the wheel scrolls the page as usual.
 */
export function useStageGestures(
  svgRef: RefObject<SVGSVGElement | null>,
  sceneRef: RefObject<Scene | null>,
): void {
  useEffect(() => {
    const svg = svgRef.current
    if (svg === null) return
    const local = (event: MouseEvent): { x: number; y: number } => {
      const box = svg.getBoundingClientRect()
      // Presenter mode draws the scene scaled (its viewBox): back to the scene's own units.
      const drawn = svg.viewBox.baseVal.width
      const scale = drawn > 0 ? box.width / drawn : 1
      return { x: (event.clientX - box.left) / scale, y: (event.clientY - box.top) / scale }
    }
    const onWheel = (event: WheelEvent): void => {
      const scene = sceneRef.current
      if (scene === null || event.deltaY === 0) return
      const { x, y } = local(event)
      const hit = laneAt(scene, x, y)
      if (hit === null) return
      event.preventDefault()
      const { topic, partition, selectPartition, zoomLog } = useAppStore.getState()
      if (topic !== hit.lane.topic || partition !== hit.lane.partition)
        selectPartition(hit.lane.topic, hit.lane.partition)
      zoomLog(WHEEL_ZOOM_PER_100PX ** (event.deltaY / 100), hit.offset)
    }
    let drag: {
      lane: Lane
      startX: number
      lastX: number
      carried: number
      moved: boolean
    } | null = null
    const onPointerDown = (event: PointerEvent): void => {
      const scene = sceneRef.current
      if (scene === null || event.button !== 0) return
      const { x, y } = local(event)
      const hit = laneAt(scene, x, y)
      const { topic, partition, logWindow } = useAppStore.getState()
      if (hit === null || logWindow === null) return
      if (hit.lane.topic !== topic || hit.lane.partition !== partition) return
      drag = { lane: hit.lane, startX: x, lastX: x, carried: 0, moved: false }
    }
    const onPointerMove = (event: PointerEvent): void => {
      if (drag === null) return
      const { x } = local(event)
      if (!drag.moved && Math.abs(x - drag.startX) < DRAG_PX) return
      if (!drag.moved) svg.setPointerCapture(event.pointerId)
      drag.moved = true
      // Whole offsets only: the fraction is carried to the next move so slow drags still pan.
      const offsets = drag.carried - (x - drag.lastX) / drag.lane.perOffset
      const whole = Math.trunc(offsets)
      drag.carried = offsets - whole
      drag.lastX = x
      if (whole !== 0) useAppStore.getState().panLog(whole)
    }
    const onPointerUp = (): void => {
      if (drag?.moved === true) {
        // The click that ends a drag would otherwise inspect the record under the pointer.
        const swallow = (click: MouseEvent): void => {
          click.stopPropagation()
        }
        svg.addEventListener('click', swallow, { capture: true, once: true })
      }
      drag = null
    }
    svg.addEventListener('wheel', onWheel, { passive: false })
    svg.addEventListener('pointerdown', onPointerDown)
    svg.addEventListener('pointermove', onPointerMove)
    svg.addEventListener('pointerup', onPointerUp)
    svg.addEventListener('pointercancel', onPointerUp)
    return () => {
      svg.removeEventListener('wheel', onWheel)
      svg.removeEventListener('pointerdown', onPointerDown)
      svg.removeEventListener('pointermove', onPointerMove)
      svg.removeEventListener('pointerup', onPointerUp)
      svg.removeEventListener('pointercancel', onPointerUp)
    }
  }, [svgRef, sceneRef])
}
