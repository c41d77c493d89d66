import { useMemo, useState } from 'react'
import { MAX_CELL_PX, offsetCellPx, type Scene } from '../../derive/scene'
import { hasShortenedTitle } from './laneTitle'

/** The drawing is never scaled up more than this: a one-lane log stays a log, not a poster. */
const MAX_SCALE = 3
/** Scales are chosen in tenths, so a label row more or less does not rescale the picture. */
const SCALE_STEP = 0.1
/** Below this share of the frame's height the picture grows again; above the frame it shrinks. */
const MIN_FILL = 0.8

interface Fit {
  readonly scale: number
  /** The largest scale still allowed in this frame: lowered each time one was too tall. */
  readonly ceiling: number
  /** The frame the ceiling was learnt in; a new frame size starts over. */
  readonly frame: string
}

function toTenths(scale: number): number {
  return Math.floor(scale / SCALE_STEP + 1e-9) * SCALE_STEP
}

function fittingScale(frameHeight: number, sceneHeight: number, ceiling: number): number {
  return Math.max(1, Math.min(ceiling, toTenths(frameHeight / sceneHeight)))
}

/**
 * Whether a lane's cells leave their offsets out at `scale` but would print them at a smaller
 * one (a lane prints every offset or none; one too dense to print any at scale 1 is not helped).
 */
function offsetsLeftOut(scene: Scene, labelPx: number, scale: number): boolean {
  return scene.lanes.some(({ cells, perOffset }) => {
    const last = cells?.[cells.length - 1]
    if (last === undefined || last.offsetLabel !== null) return false
    return Math.min(MAX_CELL_PX, perOffset * scale) >= offsetCellPx(last.offset, labelPx)
  })
}

/** Whether an output lane's newest-per-key row left out keys it would name at a smaller scale. */
function newestLeftOut(scene: Scene, scale: number): boolean {
  return scene.lanes.some(({ newest }) => {
    if (newest === null) return false
    const cut = newest.fullWidth > scene.width
    return cut && newest.fullWidth <= scene.width * scale
  })
}

/**
 * Whether a marker's or a ghost's label had to wrap onto a second row or be shortened with "…" to
 * fit its lane, a lane's title row had to leave something out, or a lane's offsets or newest
 * values had to be left out at this `scale`.
 */
export function tooNarrow(scene: Scene, labelPx: number, scale: number): boolean {
  if (
    hasShortenedTitle(scene, labelPx) ||
    offsetsLeftOut(scene, labelPx, scale) ||
    newestLeftOut(scene, scale)
  )
    return true
  return scene.lanes.some((lane) =>
    lane.labels.some((placed) => {
      const full =
        lane.markers.find((m) => m.id === placed.markerId)?.label ??
        lane.ghosts.find((g) => g.id === placed.markerId)?.label
      return placed.lines.length > 1 || (full !== undefined && full !== placed.text)
    }),
  )
}

/**
 * The next fit for `scene`, laid out at `fit.scale`; `fit` when it holds. A scale is too large when
 * the picture is taller than the frame, or so narrow that a label no longer reads in full.
 */
function refit(fit: Fit, frameHeight: number, scene: Scene, labelPx: number): Fit {
  const sceneHeight = scene.height
  const drawn = sceneHeight * fit.scale
  if (drawn > frameHeight || tooNarrow(scene, labelPx, fit.scale)) {
    if (fit.scale <= 1) return fit
    // A fifth smaller each time: a few renders at most, however large the scale was.
    const ceiling = Math.max(1, toTenths(Math.min(fit.scale - SCALE_STEP, fit.scale * 0.8)))
    return { ...fit, ceiling, scale: fittingScale(frameHeight, sceneHeight, ceiling) }
  }
  if (drawn >= frameHeight * MIN_FILL || fit.scale >= fit.ceiling) return fit
  const scale = fittingScale(frameHeight, sceneHeight, fit.ceiling)
  return scale === fit.scale ? fit : { ...fit, scale }
}

/**
 * The stage drawn to fill a frame (presenter mode): the scene is laid out `scale` times narrower
 * and drawn `scale` times larger, so cells, lanes and labels (20 px and up) grow until the picture
 * fills the frame's height. Off, or before the frame is measured, the scale is 1. A scale found
 * too tall is never tried again in the same frame, so the fit always settles.
 */
export function useFilledScene(
  build: (width: number) => Scene | null,
  frame: { readonly width: number; readonly height: number },
  fill: boolean,
  labelPx: number,
): { scene: Scene | null; scale: number } {
  const frameKey = `${String(frame.width)}x${String(frame.height)}`
  const [fit, setFit] = useState<Fit>({ scale: 1, ceiling: MAX_SCALE, frame: frameKey })
  const current =
    fit.frame === frameKey ? fit : { scale: fit.scale, ceiling: MAX_SCALE, frame: frameKey }
  const scale = fill ? current.scale : 1
  const scene = useMemo(() => build(frame.width / scale), [build, frame.width, scale])
  if (fill && frame.height > 0 && scene !== null && scene.height > 0) {
    const next = refit(current, frame.height, scene, labelPx)
    // Adjusting state while rendering (React's pattern for state derived from the last render).
    if (next !== fit) setFit(next)
  }
  return { scene, scale }
}
