import { Fragment, memo, useCallback, useMemo } from 'react'
import { archiveSpanAt, cellLabelPx, laneShiftAt, laneXAt, type Lane } from '../../derive/scene'
import { useAppStore } from '../../store/appStore'
import type { LaneMotion } from './laneMotion'
import { StageCells } from './StageCells'
import { StageNewest } from './StageNewest'
import { densityPath } from './densityPath'
import { fullLaneTitle, laneTitleRest } from './laneTitle'

const CELL_INSET = 4

/** Selects a record (or the first offset of a ghost) of a lane's partition for the inspector. */
function inspect(lane: Pick<Lane, 'topic' | 'partition'>, offset: number): void {
  const { topic, partition, selectPartition, selectOffset } = useAppStore.getState()
  if (topic !== lane.topic || partition !== lane.partition)
    selectPartition(lane.topic, lane.partition)
  selectOffset(offset)
}

/**
 * One partition: its name, segments, records (or density columns), ghosts, markers and labels;
 * while a step animates, drawn part-way between the lane before and after (`motion`). What the
 * last step changed stays highlighted.
 */
export const StageLane = memo(function StageLane({
  lane,
  labelPx,
  width: stageWidth,
  motion,
  changed,
}: {
  readonly lane: Lane
  readonly labelPx: number
  /** The stage's width: the active segment's band runs on to it, where the next record goes. */
  readonly width: number
  readonly motion: LaneMotion | undefined
  readonly changed: ReadonlySet<string>
}) {
  const focused = useAppStore((s) => s.topic === lane.topic && s.partition === lane.partition)
  const selectedOffset = useAppStore((s) =>
    s.topic === lane.topic && s.partition === lane.partition ? s.selectedOffset : null,
  )
  const { topic, partition } = lane
  // The same function while the lane shows one partition, so cells that did not change skip drawing.
  const inspectCell = useCallback(
    (offset: number) => {
      inspect({ topic, partition }, offset)
    },
    [topic, partition],
  )
  const p = motion?.progress ?? 1
  const x = laneXAt(motion?.before, lane, p)
  const archive = archiveSpanAt(motion?.before, lane, p)
  const fadeIn = (appearing: boolean): number | undefined => (appearing && p < 1 ? p : undefined)
  /**
   * How far (px) a marker is from where it rests, gliding from the offset it marked before; null
   * for a marker that is new in this step (it fades in instead).
   */
  const glide = (id: string): number | null => {
    const marker = lane.markers.find((m) => m.id === id)
    if (motion === undefined || marker === undefined || p >= 1) return 0
    const from = motion.markerFrom.get(id)
    if (from === undefined || from === null) return null
    return x(from + (marker.drawnAt - from) * p) - marker.x
  }
  const top = lane.bandY + CELL_INSET
  const cellHeight = lane.bandHeight - 2 * CELL_INSET
  // A drag's step renders a lane twice (the new scene, then what it changed) and a held lane on
  // every step: its title and density outline are built again only when they can differ.
  const density = useMemo(
    () => (lane.density === null ? null : densityPath(lane.density.filled, top, cellHeight)),
    [lane.density, top, cellHeight],
  )
  const title = useMemo(
    () => ({
      full: fullLaneTitle(lane, focused),
      rest: laneTitleRest(lane, focused, stageWidth, labelPx),
    }),
    [lane, focused, stageWidth, labelPx],
  )
  const small = cellLabelPx(labelPx)
  const line = Math.ceil(small * 1.3)
  return (
    <g
      className={`stage-lane stage-lane--${lane.role}${focused ? ' stage-lane--focused' : ''}`}
      data-lane={lane.id}
      transform={p < 1 ? `translate(0 ${laneShiftAt(motion?.before, lane, p)})` : undefined}
    >
      <text
        className="stage-lane__title"
        x={0}
        y={lane.y + labelPx}
        onClick={() => {
          useAppStore.getState().selectPartition(lane.topic, lane.partition)
        }}
      >
        <title>{title.full}</title>
        <tspan className="stage-lane__name">{lane.id}</tspan>
        {title.rest}
      </text>
      {lane.ghosts.map((ghost) => {
        const left = Math.max(0, x(ghost.baseOffset))
        const right = x(ghost.endOffset)
        if (right <= 0) return null
        return (
          <rect
            key={ghost.id}
            className={`stage-ghost${changed.has(ghost.id) ? ' stage-ghost--changed' : ''}`}
            data-ghost={ghost.id}
            opacity={fadeIn(motion?.newGhosts.has(ghost.id) === true)}
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
        const band = {
          x: left + 0.5,
          y: lane.bandY + 0.5,
          width: right - left - 1,
          height: lane.bandHeight - 1,
        }
        const active = s.active ? ' stage-segment--active' : ''
        // A segment the broker let go to the archive in this step fades from local to archived.
        const turning = motion?.archived.has(s.id) === true && p < 1
        return (
          <Fragment key={s.id}>
            {turning && <rect className={`stage-segment${active}`} opacity={1 - p} {...band} />}
            <rect
              className={`stage-segment${active}${s.archived ? ' stage-segment--archived' : ''}`}
              data-segment={s.id}
              opacity={turning ? p : fadeIn(motion?.rolled.has(s.id) === true)}
              {...band}
            />
          </Fragment>
        )
      })}
      {archive !== null && lane.archive !== null && (
        <ArchiveBar
          left={Math.max(0, x(archive.from))}
          right={Math.min(x(lane.range.to), x(archive.to))}
          y={lane.bandY}
          why={`Offsets ${lane.archive.from}–${lane.archive.to - 1} are only in the archive (remote storage): the broker's local copy went by local.retention.ms, and a fetch there is served by the remote tier, more slowly than from disk.`}
        />
      )}
      <StageCells
        lane={lane}
        geometry={{ x, top, height: cellHeight, textPx: small, line }}
        motion={motion}
        changed={changed}
        selectedOffset={selectedOffset}
        onInspect={inspectCell}
      />
      {density !== null && <path className="stage-density" d={density} />}
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
        const dx = glide(m.id) ?? 0
        return (
          <g
            key={m.id}
            className={`stage-marker stage-marker--${m.kind}${m.behind ? ' stage-marker--behind' : ''}${m.inArchive ? ' stage-marker--in-archive' : ''}`}
            transform={dx === 0 ? undefined : `translate(${dx} 0)`}
            opacity={fadeIn(glide(m.id) === null)}
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
        const marker = lane.markers.find((m) => m.id === label.markerId)
        const classes = ['stage-label']
        const archiveLabel = label.markerId === lane.archive?.id
        classes.push(
          marker
            ? `stage-label--${marker.kind}`
            : archiveLabel
              ? 'stage-label--archive'
              : 'stage-label--ghost',
        )
        if (marker?.behind === true) classes.push('stage-label--behind')
        if (marker?.inArchive === true) classes.push('stage-label--in-archive')
        if (changed.has(label.markerId)) classes.push('stage-label--changed')
        const dx = glide(label.markerId) ?? 0
        const row = label.box.height / label.lines.length
        const arriving = marker
          ? glide(label.markerId) === null
          : !archiveLabel && motion?.newGhosts.has(label.markerId) === true
        return (
          <text
            key={label.markerId}
            className={classes.join(' ')}
            data-label={label.markerId}
            x={label.box.x + 2 + dx}
            y={label.box.y + row * 0.78}
            opacity={fadeIn(arriving)}
          >
            {label.lines.length === 1
              ? label.text
              : label.lines.map((line, i) => (
                  <tspan key={i} x={label.box.x + 2 + dx} dy={i === 0 ? 0 : row}>
                    {line}
                  </tspan>
                ))}
          </text>
        )
      })}
      {lane.newest !== null && <StageNewest row={lane.newest} changed={changed} />}
    </g>
  )
})

/** The archive-only stretch of a tiered lane: an amber bar along the band's top edge. */
function ArchiveBar({
  left,
  right,
  y,
  why,
}: {
  readonly left: number
  readonly right: number
  readonly y: number
  readonly why: string
}) {
  if (right - left < 1) return null
  return (
    <rect className="stage-archive" x={left} y={y} width={right - left} height={CELL_INSET}>
      <title>{why}</title>
    </rect>
  )
}
