import { useMemo, useRef, type PointerEvent } from 'react'
import { useAppStore } from '../../store/appStore'
import { formatSimTime } from '../../derive/scene/format'
import { markInput } from '../shared/perf'
import { useNotableEvents } from '../shared/useSimulation'
import { useSize } from '../shared/useSize'
import { useFutureHidden } from '../lessons/useFutureHidden'
import { cleanerSpans } from './cleanerSpans'
import { markedUntil, markerColumns } from './markers'
import { useMarkerKinds } from './useMarkerKinds'
import { BranchMarks } from './BranchMarks'
import { setTimelineDrag } from './timelineDrag'
import { timeAxis } from './timeAxis'

const LANE = 5
const TRACK_HEIGHT = 8
const INSET = 8

/**
 * The time slider over the whole scenario, with a lane of marks per kind of event. Dragging seeks
 * on every pointer move; the keys are handled by the app's shortcuts like everywhere else.
 */
export function Scrubber() {
  const ref = useRef<HTMLDivElement>(null)
  const { width } = useSize(ref)
  const cursor = useAppStore((s) => s.cursor)
  const scenario = useAppStore((s) => s.scenario)
  const seek = useAppStore((s) => s.seek)
  const pause = useAppStore((s) => s.pause)
  const allEvents = useNotableEvents()
  const kinds = useMarkerKinds()
  const hideFuture = useFutureHidden()
  // Cut at the cursor only while a lesson hides the future (lesson scenarios have few marks).
  const shownUntil = hideFuture ? Math.floor(cursor) : scenario.durationMs
  const { events, actions } = useMemo(
    () => markedUntil(allEvents, scenario.actions, shownUntil),
    [allEvents, scenario.actions, shownUntil],
  )
  const trackY = kinds.length * LANE + 6
  const height = trackY + TRACK_HEIGHT + 6
  const inner = Math.max(1, width - 2 * INSET)
  // Built once per scenario and width: a drag re-renders the thumb, not hundreds of marks.
  const marks = useMemo(
    () =>
      markerColumns(events, actions, scenario.durationMs, inner).flatMap((c) => {
        const lane = kinds.findIndex((k) => k.kind === c.kind)
        return lane === -1
          ? []
          : [
              <rect
                key={`${c.kind}:${c.x}`}
                className={`marker marker--${c.kind}`}
                x={INSET + c.x - 1}
                y={lane * LANE}
                width={2}
                height={LANE - 1}
              />,
            ]
      }),
    [events, actions, scenario.durationMs, inner, kinds],
  )
  const cleanerLane = kinds.findIndex((k) => k.kind === 'cleaner')
  const spans = useMemo(
    () =>
      cleanerLane === -1
        ? []
        : cleanerSpans(events, scenario.durationMs, inner, shownUntil).map((span, i) => (
            <rect
              key={`span:${String(i)}`}
              className="marker marker--cleaner marker--span"
              x={INSET + span.x}
              y={cleanerLane * LANE + 1}
              width={span.width}
              height={LANE - 3}
            >
              <title>throttled cleaning pass</title>
            </rect>
          )),
    [events, scenario.durationMs, inner, shownUntil, cleanerLane],
  )
  const x = timeAxis(scenario.durationMs, INSET, inner)

  const seekTo = (event: PointerEvent<HTMLDivElement>): void => {
    markInput()
    const left = event.currentTarget.getBoundingClientRect().left
    seek(Math.round(x.invert(event.clientX - left)))
  }
  const at = x(cursor)

  return (
    <div
      ref={ref}
      className="scrubber"
      role="slider"
      tabIndex={0}
      aria-label="Time"
      aria-valuemin={0}
      aria-valuemax={scenario.durationMs}
      aria-valuenow={Math.floor(cursor)}
      aria-valuetext={formatSimTime(Math.floor(cursor))}
      aria-keyshortcuts="ArrowLeft ArrowRight Home End"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId)
        event.currentTarget.focus()
        pause()
        setTimelineDrag(useAppStore.getState().cursor)
        seekTo(event)
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) seekTo(event)
      }}
      onLostPointerCapture={() => {
        setTimelineDrag(null)
      }}
    >
      <svg width={width} height={height} aria-hidden="true">
        {marks}
        {spans}
        <rect
          className="scrubber__track"
          x={INSET}
          y={trackY}
          width={inner}
          height={TRACK_HEIGHT}
          rx={4}
        />
        <rect
          className="scrubber__played"
          x={INSET}
          y={trackY}
          width={Math.max(0, at - INSET)}
          height={TRACK_HEIGHT}
          rx={4}
        />
        <BranchMarks x={x} height={height} />
        <line className="scrubber__cursor" x1={at} x2={at} y1={0} y2={height} />
        <circle className="scrubber__thumb" cx={at} cy={trackY + TRACK_HEIGHT / 2} r={8} />
      </svg>
    </div>
  )
}
