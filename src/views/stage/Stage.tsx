import { useMemo, useRef } from 'react'
import { scene, type Scene } from '../../derive/scene'
import type { OffsetRange } from '../../derive/scene/stripModel'
import { useLessonSession } from '../../store/lessonSession'
import { useAppStore } from '../../store/appStore'
import { useKeyColors } from '../partitionLog/useKeyColors'
import { useNotableEvents, useWorld } from '../shared/useSimulation'
import { useSize } from '../shared/useSize'
import { StageJobs } from './StageJobs'
import { StageLane } from './StageLane'
import './stage.css'

/** Marker labels at a desk, and in presenter mode (read from the back of a classroom). */
const LABEL_PX = 12
const PRESENTER_LABEL_PX = 20

/**
 * The stage: every partition of the topics in play as a lane, the jobs between the lanes they read
 * and the lanes they write, drawn from the scene model at the cursor. Click a record or a ghost to
 * inspect it; the selected partition's lane follows the zoom.
 */
export function Stage({ window }: { readonly window: OffsetRange | null }) {
  const containerRef = useRef<HTMLDivElement>(null)
  const { width } = useSize(containerRef)
  const world = useWorld()
  const history = useNotableEvents()
  const colorOf = useKeyColors()
  const topic = useAppStore((s) => s.topic)
  const partition = useAppStore((s) => s.partition)
  const presenter = useLessonSession((s) => s.session?.presenter ?? false)
  const labelPx = presenter ? PRESENTER_LABEL_PX : LABEL_PX
  const current: Scene | null = useMemo(
    () =>
      width === 0
        ? null
        : scene(world, { width, labelPx, history, colorOf, focus: { topic, partition }, window }),
    [world, width, labelPx, history, colorOf, topic, partition, window],
  )
  return (
    <div ref={containerRef} className="stage">
      {current !== null && <StageDrawing scene={current} labelPx={labelPx} />}
    </div>
  )
}

function StageDrawing({ scene: s, labelPx }: { readonly scene: Scene; readonly labelPx: number }) {
  const lanes = s.lanes.map(
    (l) => `${l.id} (log start ${l.logStartOffset}, log end ${l.logEndOffset})`,
  )
  return (
    <svg
      className="stage__svg"
      width={s.width}
      height={s.height}
      role="img"
      aria-label={`The stage: ${lanes.join('; ')}`}
      style={{ fontSize: `${labelPx}px` }}
    >
      <defs>
        <pattern id="stage-hatch" width="6" height="6" patternUnits="userSpaceOnUse">
          <path d="M0 6 L6 0" className="stage-ghost__hatch" />
        </pattern>
        <marker
          id="stage-arrow"
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="8"
          markerHeight="8"
          orient="auto"
        >
          <path d="M0 0 L8 4 L0 8 z" className="stage-reset__head" />
        </marker>
      </defs>
      {s.lanes.map((lane) => (
        <StageLane key={lane.id} lane={lane} labelPx={labelPx} />
      ))}
      {s.collapsed.map((c) => (
        <text key={c.id} className="stage-lane__more" x={0} y={c.y + c.height - 6}>
          {c.topic}: and {c.hidden} more partition{c.hidden === 1 ? '' : 's'}
        </text>
      ))}
      <StageJobs scene={s} labelPx={labelPx} />
    </svg>
  )
}
