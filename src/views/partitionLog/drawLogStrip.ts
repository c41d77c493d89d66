import { TOMBSTONE_COLOR, type KeyColorOf } from './keyColor'
import type { OffsetRange, StripMarks, StripSegment } from './stripModel'

export const BAND_TOP = 22
export const BAND_HEIGHT = 40
const CELL_INSET = 6
const DENSITY_COLOR = '#1d3557'
const SEGMENT_FILL = '#f6f7f9'
const ACTIVE_FILL = '#e3effb'
const SEGMENT_EDGE = '#57606a'
const ACTIVE_EDGE = '#0b5cad'
const SELECTED_EDGE = '#1b1f24'

export interface StripScene {
  readonly width: number
  readonly range: OffsetRange
  readonly segments: readonly StripSegment[]
  readonly marks: StripMarks
  readonly selectedOffset: number | null
  /** Records of other keys are drawn faded, so one key's history stands out. */
  readonly selectedKey: string | null
  readonly colorOf: KeyColorOf
}

/** The subset of CanvasRenderingContext2D the strip uses (a fake one tests it). */
export type StripContext = Pick<
  CanvasRenderingContext2D,
  | 'clearRect'
  | 'fillRect'
  | 'strokeRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
>

/** Paints segments, then records (cells or density columns), then the selection outline. */
export function drawLogStrip(ctx: StripContext, scene: StripScene, height: number): void {
  const { width, range, segments, marks } = scene
  const perOffset = width / (range.to - range.from)
  const x = (offset: number): number => (offset - range.from) * perOffset
  ctx.clearRect(0, 0, width, height)
  ctx.globalAlpha = 1
  ctx.lineWidth = 1

  for (const segment of segments) {
    if (segment.endOffset < range.from || segment.baseOffset > range.to) continue
    const left = Math.max(0, x(segment.baseOffset))
    const right = Math.min(width, x(Math.max(segment.endOffset, segment.baseOffset + 1)))
    ctx.fillStyle = segment.active ? ACTIVE_FILL : SEGMENT_FILL
    ctx.fillRect(left, BAND_TOP, right - left, BAND_HEIGHT)
    ctx.strokeStyle = segment.active ? ACTIVE_EDGE : SEGMENT_EDGE
    ctx.lineWidth = segment.active ? 2 : 1
    ctx.strokeRect(left + 0.5, BAND_TOP + 0.5, right - left - 1, BAND_HEIGHT - 1)
  }

  const top = BAND_TOP + CELL_INSET
  const cellHeight = BAND_HEIGHT - 2 * CELL_INSET
  if (marks.mode === 'records') {
    const gap = perOffset >= 6 ? 1 : 0
    for (const record of marks.records) {
      const isTombstone = record.key !== null && record.value === null
      ctx.globalAlpha = scene.selectedKey === null || record.key === scene.selectedKey ? 1 : 0.25
      ctx.fillStyle = isTombstone ? TOMBSTONE_COLOR : scene.colorOf(record.key)
      const left = x(record.offset) + gap
      const cellWidth = Math.max(1, perOffset - 2 * gap)
      ctx.fillRect(left, top, cellWidth, cellHeight)
      if (isTombstone && cellWidth >= 6) drawCross(ctx, left, top, cellWidth, cellHeight)
    }
    ctx.globalAlpha = 1
  } else {
    for (let c = 0; c < marks.filled.length; c++) {
      const share = marks.filled[c] ?? 0
      if (share > 0) {
        ctx.fillStyle = DENSITY_COLOR
        const h = Math.max(2, share * cellHeight)
        ctx.fillRect(c, top + cellHeight - h, 1, h)
      }
      if ((marks.tombstones[c] ?? 0) > 0) {
        ctx.fillStyle = TOMBSTONE_COLOR
        ctx.fillRect(c, top - 5, 1, 4)
      }
    }
  }

  if (scene.selectedOffset !== null && scene.selectedOffset >= range.from) {
    ctx.strokeStyle = SELECTED_EDGE
    ctx.lineWidth = 2
    const left = x(scene.selectedOffset)
    ctx.strokeRect(left - 1, top - 3, Math.max(3, perOffset) + 2, cellHeight + 6)
  }
}

/** A white × over a tombstone, so it differs from live records by shape as well as colour. */
function drawCross(ctx: StripContext, left: number, top: number, w: number, h: number): void {
  const size = Math.min(w, h) * 0.6
  const cx = left + w / 2
  const cy = top + h / 2
  ctx.strokeStyle = '#ffffff'
  ctx.lineWidth = 1.5
  ctx.beginPath()
  ctx.moveTo(cx - size / 2, cy - size / 2)
  ctx.lineTo(cx + size / 2, cy + size / 2)
  ctx.moveTo(cx + size / 2, cy - size / 2)
  ctx.lineTo(cx - size / 2, cy + size / 2)
  ctx.stroke()
}
