import { memo } from 'react'
import { cellLabelPx, type Lane } from '../../derive/scene'
import { useAppStore } from '../../store/appStore'

const CELL_INSET = 4

/** Selects a record (or the first offset of a ghost) of `lane` for the inspector. */
function inspect(lane: Lane, offset: number): void {
  const { topic, partition, selectPartition, selectOffset } = useAppStore.getState()
  if (topic !== lane.topic || partition !== lane.partition)
    selectPartition(lane.topic, lane.partition)
  selectOffset(offset)
}

/** One partition: its name, segments, records (or density columns), ghosts, markers and labels. */
export const StageLane = memo(function StageLane({
  lane,
  labelPx,
  width: stageWidth,
}: {
  readonly lane: Lane
  readonly labelPx: number
  /** The stage's width: the active segment's band runs on to it, where the next record goes. */
  readonly width: number
}) {
  const focused = useAppStore((s) => s.topic === lane.topic && s.partition === lane.partition)
  const selectedOffset = useAppStore((s) =>
    s.topic === lane.topic && s.partition === lane.partition ? s.selectedOffset : null,
  )
  const x = (offset: number): number => (offset - lane.range.from) * lane.perOffset
  const top = lane.bandY + CELL_INSET
  const cellHeight = lane.bandHeight - 2 * CELL_INSET
  const small = cellLabelPx(labelPx)
  const gap = lane.perOffset >= 6 ? 1 : 0
  const line = Math.ceil(small * 1.3)
  const writers = lane.writers.length > 0 ? ` · written by ${lane.writers.join(', ')}` : ''
  return (
    <g
      className={`stage-lane stage-lane--${lane.role}${focused ? ' stage-lane--focused' : ''}`}
      data-lane={lane.id}
    >
      <text
        className="stage-lane__title"
        x={0}
        y={lane.y + labelPx}
        onClick={() => {
          useAppStore.getState().selectPartition(lane.topic, lane.partition)
        }}
      >
        <tspan className="stage-lane__name">{lane.id}</tspan>
        {` · ${lane.policy}${writers}${focused ? ' · selected' : ''}`}
      </text>
      {lane.ghosts.map((ghost) => {
        const left = Math.max(0, x(ghost.baseOffset))
        const right = x(ghost.endOffset)
        if (right <= 0) return null
        return (
          <rect
            key={ghost.id}
            className="stage-ghost"
            data-ghost={ghost.id}
            x={left}
            y={lane.bandY}
            width={right - left}
            height={lane.bandHeight}
            onClick={() => {
              inspect(lane, ghost.baseOffset)
            }}
          >
            <title>{ghost.why}</title>
          </rect>
        )
      })}
      {lane.segments.map((s) => {
        const left = Math.max(0, x(s.baseOffset))
        const end = x(Math.max(s.endOffset, s.baseOffset + 1))
        const right =
          s.active && s.endOffset <= lane.range.to ? stageWidth : Math.min(x(lane.range.to), end)
        if (right - left < 1) return null
        return (
          <rect
            key={s.id}
            className={`stage-segment${s.active ? ' stage-segment--active' : ''}`}
            x={left + 0.5}
            y={lane.bandY + 0.5}
            width={right - left - 1}
            height={lane.bandHeight - 1}
          />
        )
      })}
      {lane.cells?.map((cell) => {
        const left = x(cell.offset) + gap
        const width = Math.max(1, lane.perOffset - 2 * gap)
        const selected = cell.offset === selectedOffset
        return (
          <g
            key={cell.id}
            className={`stage-cell${cell.tombstone ? ' stage-cell--tombstone' : ''}${selected ? ' stage-cell--selected' : ''}`}
            data-cell={cell.id}
            data-writer={cell.writer ?? undefined}
            onClick={() => {
              inspect(lane, cell.offset)
            }}
          >
            <rect
              x={left}
              y={top}
              width={width}
              height={cellHeight}
              fill={cell.tombstone ? undefined : cell.color}
            />
            <title>
              {`offset ${cell.offset} · key ${cell.key ?? '(none)'} · ${cell.tombstone ? 'tombstone' : `value ${cell.value ?? ''}`}${cell.writer === null ? '' : ` · written by ${cell.writer}`}`}
            </title>
            {cell.offsetLabel !== null && (
              <text
                className="stage-cell__offset"
                x={left + width / 2}
                y={top + small + 2}
                fontSize={small}
              >
                {cell.tombstone ? `×${cell.offsetLabel}` : cell.offsetLabel}
              </text>
            )}
            {cell.keyLabel !== null && (
              <text
                className="stage-cell__key"
                x={left + width / 2}
                y={top + small + 2 + line}
                fontSize={small}
              >
                {cell.keyLabel}
              </text>
            )}
            {cell.writerLabel !== null && (
              <text
                className="stage-cell__writer"
                x={left + width / 2}
                y={top + small + 2 + 2 * line}
                fontSize={small}
              >
                {cell.writerLabel}
              </text>
            )}
          </g>
        )
      })}
      {lane.density !== null && (
        <path className="stage-density" d={densityPath(lane.density.filled, top, cellHeight)} />
      )}
      {lane.resets.map((r) => {
        const from = Math.max(0, x(r.requested))
        const to = x(r.resetTo)
        const y = lane.bandY - 3
        return (
          <g key={r.id} className="stage-reset">
            <rect
              className="stage-reset__skipped"
              x={Math.min(from, to)}
              y={lane.bandY}
              width={Math.abs(to - from)}
              height={lane.bandHeight}
            />
            <path
              d={`M${from} ${y} C${from} ${y - 14} ${to} ${y - 14} ${to} ${y}`}
              markerEnd="url(#stage-arrow)"
            />
            <title>{r.label}</title>
          </g>
        )
      })}
      {lane.markers.map((m) => {
        const label = lane.labels.find((l) => l.markerId === m.id)
        return (
          <g
            key={m.id}
            className={`stage-marker stage-marker--${m.kind}${m.behind ? ' stage-marker--behind' : ''}`}
          >
            <line x1={m.x} x2={m.x} y1={lane.bandY - 2} y2={lane.bandY + lane.bandHeight + 2} />
            {label && (
              <line
                className="stage-marker__leader"
                x1={label.leader.x1}
                y1={label.leader.y1}
                x2={label.leader.x2}
                y2={label.leader.y2}
              />
            )}
          </g>
        )
      })}
      {lane.labels.map((label) => {
        const kind = lane.markers.find((m) => m.id === label.markerId)
        const className = kind
          ? `stage-label stage-label--${kind.kind}${kind.behind ? ' stage-label--behind' : ''}`
          : 'stage-label stage-label--ghost'
        return (
          <text
            key={label.markerId}
            className={className}
            data-label={label.markerId}
            x={label.box.x + 2}
            y={label.box.y + label.box.height * 0.78}
          >
            {label.text}
          </text>
        )
      })}
    </g>
  )
})

/** One path for every density column: the share of its offsets still holding a record. */
function densityPath(filled: Float32Array, top: number, height: number): string {
  let d = ''
  for (let c = 0; c < filled.length; c++) {
    const share = filled[c] ?? 0
    if (share <= 0) continue
    const h = Math.max(2, share * height)
    d += `M${c} ${top + height - h}h1v${h}h-1z`
  }
  return d
}
