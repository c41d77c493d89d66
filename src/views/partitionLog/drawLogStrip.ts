import type { KeyColorOf } from './keyColor'
import type { OffsetRange, StripMarks, StripSegment } from '../../derive/scene/stripModel'

export const BAND_TOP = 22
export const BAND_HEIGHT = 40
const CELL_INSET = 6

/** The strip's colours besides the keys' (the canvas cannot read the stylesheet's variables). */
export interface StripPalette {
  readonly segmentFill: string
  readonly activeFill: string
  readonly segmentEdge: string
  readonly activeEdge: string
  readonly selectedEdge: string
  readonly density: string
  /** Tombstones differ from every key colour, and carry a cross in `tombstoneCross`. */
  readonly tombstone: string
  readonly tombstoneCross: string
  /** Opacity of other keys' records while one key is selected (dark needs more to stay visible). */
  readonly fadedAlpha: number
}

export const STRIP_PALETTES = {
  light: {
    segmentFill: '#f6f7f9',
    activeFill: '#e3effb',
    segmentEdge: '#57606a',
    activeEdge: '#0b5cad',
    selectedEdge: '#1b1f24',
    density: '#1d3557',
    tombstone: '#1b1f24',
    tombstoneCross: '#ffffff',
    fadedAlpha: 0.25,
  },
  dark: {
    segmentFill: '#1f262e',
    activeFill: '#132b45',
    segmentEdge: '#8b949e',
    activeEdge: '#58a6ff',
    selectedEdge: '#f0f3f6',
    density: '#9ecbff',
    tombstone: '#f0f3f6',
    tombstoneCross: '#0f1419',
    fadedAlpha: 0.45,
  },
} as const satisfies Record<string, StripPalette>

export interface StripScene {
  readonly width: number
  readonly range: OffsetRange
  readonly segments: readonly StripSegment[]
  readonly marks: StripMarks
  readonly selectedOffset: number | null
  /** Records of other keys are drawn faded, so one key's history stands out. */
  readonly selectedKey: string | null
  readonly colorOf: KeyColorOf
  readonly palette: StripPalette
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
  const { width, range, segments, marks, palette } = scene
  const perOffset = width / (range.to - range.from)
  const x = (offset: number): number => (offset - range.from) * perOffset
  ctx.clearRect(0, 0, width, height)
  ctx.globalAlpha = 1
  ctx.lineWidth = 1

  for (const segment of segments) {
    if (segment.endOffset < range.from || segment.baseOffset > range.to) continue
    const left = Math.max(0, x(segment.baseOffset))
    const right = Math.min(width, x(Math.max(segment.endOffset, segment.baseOffset + 1)))
    ctx.fillStyle = segment.active ? palette.activeFill : palette.segmentFill
    ctx.fillRect(left, BAND_TOP, right - left, BAND_HEIGHT)
    ctx.strokeStyle = segment.active ? palette.activeEdge : palette.segmentEdge
    ctx.lineWidth = segment.active ? 2 : 1
    ctx.strokeRect(left + 0.5, BAND_TOP + 0.5, right - left - 1, BAND_HEIGHT - 1)
  }

  const top = BAND_TOP + CELL_INSET
  const cellHeight = BAND_HEIGHT - 2 * CELL_INSET
  if (marks.mode === 'records') {
    const gap = perOffset >= 6 ? 1 : 0
    for (const record of marks.records) {
      const isTombstone = record.key !== null && record.value === null
      ctx.globalAlpha =
        scene.selectedKey === null || record.key === scene.selectedKey ? 1 : palette.fadedAlpha
      ctx.fillStyle = isTombstone ? palette.tombstone : scene.colorOf(record.key)
      const left = x(record.offset) + gap
      const cellWidth = Math.max(1, perOffset - 2 * gap)
      ctx.fillRect(left, top, cellWidth, cellHeight)
      if (isTombstone && cellWidth >= 6)
        drawCross(ctx, palette.tombstoneCross, left, top, cellWidth, cellHeight)
    }
    ctx.globalAlpha = 1
  } else {
    for (let c = 0; c < marks.filled.length; c++) {
      const share = marks.filled[c] ?? 0
      if (share > 0) {
        ctx.fillStyle = palette.density
        const h = Math.max(2, share * cellHeight)
        ctx.fillRect(c, top + cellHeight - h, 1, h)
      }
      if ((marks.tombstones[c] ?? 0) > 0) {
        ctx.fillStyle = palette.tombstone
        ctx.fillRect(c, top - 5, 1, 4)
      }
    }
  }

  if (scene.selectedOffset !== null && scene.selectedOffset >= range.from) {
    ctx.strokeStyle = palette.selectedEdge
    ctx.lineWidth = 2
    const left = x(scene.selectedOffset)
    ctx.strokeRect(left - 1, top - 3, Math.max(3, perOffset) + 2, cellHeight + 6)
  }
}

/** A × over a tombstone, so it differs from live records by shape as well as colour. */
function drawCross(
  ctx: StripContext,
  colour: string,
  left: number,
  top: number,
  w: number,
  h: number,
): void {
  const size = Math.min(w, h) * 0.6
  const cx = left + w / 2
  const cy = top + h / 2
  ctx.strokeStyle = colour
  ctx.lineWidth = 1.5
  ctx.beginPath()
  ctx.moveTo(cx - size / 2, cy - size / 2)
  ctx.lineTo(cx + size / 2, cy + size / 2)
  ctx.moveTo(cx + size / 2, cy - size / 2)
  ctx.lineTo(cx - size / 2, cy + size / 2)
  ctx.stroke()
}
