import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useAppStore } from '../../store/appStore'
import type { PartitionSnapshot } from '../../sim'
import { measureFrame } from '../shared/perf'
import { useKeyColors } from './useKeyColors'
import { useSize } from '../shared/useSize'
import { drawLogStrip, STRIP_PALETTES } from './drawLogStrip'
import { useTheme } from '../../store/theme'
import { placeMarkers, stripHeight, type OffsetMarker } from './offsetMarkers'
import {
  forEachRecordIn,
  fullRange,
  panRange,
  stripMarks,
  stripSegments,
} from '../../derive/scene/stripModel'
import type { OffsetRange } from '../../derive/scene/stripModel'
import { zoomLog } from './useLogRange'

const DRAG_THRESHOLD_PX = 4

/**
 * The partition's offsets across the width: segments as bands, records as cells coloured by key
 * (canvas, so 100k records stay smooth), and the log start, checkpoint, end and consumer
 * positions as labelled lines (SVG, a handful of nodes). Click selects a record; drag pans; the
 * wheel zooms.
 */
export function LogStrip({
  partition,
  range,
  markers,
  label,
}: {
  readonly partition: PartitionSnapshot
  readonly range: OffsetRange
  readonly markers: readonly OffsetMarker[]
  readonly label: string
}) {
  const containerRef = useRef<HTMLDivElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const { width } = useSize(containerRef)
  const selectedOffset = useAppStore((s) => s.selectedOffset)
  const selectOffset = useAppStore((s) => s.selectOffset)
  const colorOf = useKeyColors()
  const palette = STRIP_PALETTES[useTheme()]
  const setLogWindow = useAppStore((s) => s.setLogWindow)
  const marks = useMemo(() => stripMarks(partition, range, width), [partition, range, width])
  const segments = useMemo(() => stripSegments(partition), [partition])
  const placed = useMemo(() => placeMarkers(markers, range, width), [markers, range, width])
  const height = stripHeight(placed)
  const selectedKey = useMemo(() => {
    if (selectedOffset === null) return null
    let key: string | null = null
    forEachRecordIn(partition, { from: selectedOffset, to: selectedOffset + 1 }, (r) => {
      key = r.key
    })
    return key
  }, [partition, selectedOffset])

  useLayoutEffect(() => {
    const canvas = canvasRef.current
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx || width === 0) return
    const ratio = window.devicePixelRatio || 1
    if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio)
    if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio)
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    drawLogStrip(
      ctx,
      { width, range, segments, marks, selectedOffset, selectedKey, colorOf, palette },
      height,
    )
    measureFrame()
  })

  const perOffset = width / (range.to - range.from)
  const offsetAt = (clientX: number): number => {
    const left = containerRef.current?.getBoundingClientRect().left ?? 0
    return range.from + (clientX - left) / perOffset
  }

  // React's wheel listener is passive; zooming must stop the page from scrolling.
  const zoomAt = useRef(offsetAt)
  useLayoutEffect(() => {
    zoomAt.current = offsetAt
  })
  useEffect(() => {
    const element = containerRef.current
    if (element === null) return
    const onWheel = (event: WheelEvent): void => {
      event.preventDefault()
      zoomLog(event.deltaY > 0 ? 1.25 : 0.8, zoomAt.current(event.clientX))
    }
    element.addEventListener('wheel', onWheel, { passive: false })
    return () => {
      element.removeEventListener('wheel', onWheel)
    }
  }, [])

  const drag = useRef<{ x: number; range: OffsetRange; moved: boolean } | null>(null)

  return (
    <div
      ref={containerRef}
      className="log-strip"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId)
        drag.current = { x: event.clientX, range, moved: false }
      }}
      onPointerMove={(event) => {
        const start = drag.current
        if (start === null) return
        const dx = event.clientX - start.x
        if (!start.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return
        start.moved = true
        const full = fullRange(partition)
        if (start.range.to - start.range.from < full.to - full.from) {
          setLogWindow(panRange(start.range, full, -dx / perOffset))
        }
      }}
      onPointerUp={(event) => {
        const start = drag.current
        drag.current = null
        if (start === null || start.moved) return
        const at = Math.floor(offsetAt(event.clientX))
        // Within a pixel column (dense logs), the first record at or after the pointer.
        let found: number | null = null
        forEachRecordIn(
          partition,
          { from: at, to: at + Math.max(1, Math.ceil(1 / perOffset)) },
          (r) => {
            found ??= r.offset
          },
        )
        selectOffset(found)
      }}
    >
      <canvas
        ref={canvasRef}
        style={{ width: `${width}px`, height: `${height}px` }}
        role="img"
        aria-label={label}
      />
      <svg className="log-strip__overlay" width={width} height={height} aria-hidden="true">
        {placed.map((m) => (
          <g key={m.marker.id} className={`strip-marker ${m.marker.className}`}>
            <line x1={m.x} x2={m.x} y1={m.lineTop} y2={m.lineBottom} />
            <text x={m.x} y={m.labelY} textAnchor={m.anchor}>
              {m.marker.label}
            </text>
          </g>
        ))}
      </svg>
    </div>
  )
}
