import { memo } from 'react'
import type { Lane, SceneCell } from '../../derive/scene'
import { sameFields } from '../shared/sameFields'
import type { LaneMotion } from './laneMotion'
import { isolate } from '../../sim'

/** How a cell is drawn this frame: where, how wide, how visible, and whether to highlight it. */
interface CellPlacement {
  readonly left: number
  readonly width: number
  readonly opacity: number
  readonly className: string
}

export interface CellGeometry {
  readonly x: (offset: number) => number
  readonly top: number
  readonly height: number
  readonly textPx: number
  readonly line: number
}

/**
 * A lane's records, and while a step animates, the ones leaving it: an appended record slides in
 * from the right, a record the cleaner removed fades where it was, one retention or DeleteRecords
 * removed slides left into its ghost as it fades, and going back in time later records fade out.
 */
export function StageCells({
  lane,
  geometry,
  motion,
  changed,
  selectedOffset,
  onInspect,
}: {
  readonly lane: Lane
  readonly geometry: CellGeometry
  readonly motion: LaneMotion | undefined
  readonly changed: ReadonlySet<string>
  readonly selectedOffset: number | null
  readonly onInspect: (offset: number) => void
}) {
  const { x } = geometry
  const p = motion?.progress ?? 1
  const span = (offset: number): { left: number; width: number } => {
    const left = x(offset)
    const cell = x(offset + 1) - left
    const gap = cell >= 6 ? 1 : 0
    return { left: left + gap, width: Math.max(1, cell - 2 * gap) }
  }
  const placed = (lane.cells ?? []).map((cell) => {
    const { left, width } = span(cell.offset)
    const arriving = motion?.appeared.has(cell.id) === true
    const slide = arriving ? (1 - p) * Math.max(width, 24) : 0
    const classes = ['stage-cell']
    if (cell.tombstone) classes.push('stage-cell--tombstone')
    if (cell.offset === selectedOffset) classes.push('stage-cell--selected')
    if (changed.has(cell.id)) classes.push('stage-cell--changed')
    const placement = {
      left: left + slide,
      width,
      opacity: arriving ? p : 1,
      className: classes.join(' '),
    }
    return { cell, placement }
  })
  const leaving = (motion?.leaving ?? []).map(({ cell, cause }) => {
    const { left, width } = span(cell.offset)
    const slide = cause === 'deleted' ? -p * Math.max(width, 24) : 0
    const classes = `stage-cell stage-cell--leaving${cell.tombstone ? ' stage-cell--tombstone' : ''}`
    return { cell, placement: { left: left + slide, width, opacity: 1 - p, className: classes } }
  })
  if (placed.length === 0 && leaving.length === 0) return null
  // One group for all of them: a lane that turns to density columns (or drops its cells) loses
  // the group, one node for the browser to remove instead of a thousand.
  return (
    <g className="stage-cells">
      {placed.map(({ cell, placement }) => (
        <Cell
          key={cell.id}
          cell={cell}
          placement={placement}
          geometry={geometry}
          onInspect={onInspect}
        />
      ))}
      {leaving.map(({ cell, placement }) => (
        <Cell key={`${cell.id}-leaving`} cell={cell} placement={placement} geometry={geometry} />
      ))}
    </g>
  )
}

interface CellProps {
  readonly cell: SceneCell
  readonly placement: CellPlacement
  readonly geometry: CellGeometry
  readonly onInspect?: (offset: number) => void
}

/**
 * Whether a cell draws the same as before. The scene builds every cell anew on each step, but a
 * drag of the time line moves few of them: comparing what they draw (not `geometry.x`, which cells
 * do not use) keeps a thousand unchanged cells out of each step's render.
 */
function drawsTheSame(a: CellProps, b: CellProps): boolean {
  const [g, h] = [a.geometry, b.geometry]
  return (
    a.onInspect === b.onInspect &&
    sameFields(a.cell, b.cell) &&
    sameFields(a.placement, b.placement) &&
    g.top === h.top &&
    g.height === h.height &&
    g.textPx === h.textPx &&
    g.line === h.line
  )
}

const Cell = memo(function Cell({ cell, placement, geometry, onInspect }: CellProps) {
  const { left, width, opacity, className } = placement
  const { top, height, textPx, line } = geometry
  const middle = left + width / 2
  const first = top + textPx + 2
  return (
    <g
      className={className}
      data-cell={onInspect === undefined ? undefined : cell.id}
      data-writer={cell.writer ?? undefined}
      opacity={opacity < 1 ? opacity : undefined}
      onClick={
        onInspect === undefined
          ? undefined
          : () => {
              onInspect(cell.offset)
            }
      }
    >
      <rect
        x={left}
        y={top}
        width={width}
        height={height}
        fill={cell.tombstone ? undefined : cell.color}
      />
      <title>
        {`offset ${cell.offset} · key ${cell.key === null ? '(none)' : isolate(cell.key)} · ${cell.tombstone ? 'tombstone' : `value ${isolate(cell.value ?? '')}`}${cell.writer === null ? '' : ` · written by ${cell.writer}`}`}
      </title>
      {cell.offsetLabel !== null && (
        <text className="stage-cell__offset" x={middle} y={first} fontSize={textPx}>
          {cell.tombstone ? `×${cell.offsetLabel}` : cell.offsetLabel}
        </text>
      )}
      {cell.keyLabel !== null && (
        <text className="stage-cell__key" x={middle} y={first + line} fontSize={textPx}>
          {cell.keyLabel}
        </text>
      )}
      {cell.writerLabel !== null && (
        <text className="stage-cell__writer" x={middle} y={first + 2 * line} fontSize={textPx}>
          {cell.writerLabel}
        </text>
      )}
    </g>
  )
}, drawsTheSame)
