import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { scene, type Lane, type Scene, type SceneSelection } from '../../derive/scene'
import type { OffsetRange } from '../../derive/scene/stripModel'
import { useAppStore } from '../../store/appStore'
import { worldAtOtherTime } from '../../derive/simulation'
import { useScopedScenario } from '../shared/branchScope'
import { useKeyColors } from '../partitionLog/useKeyColors'
import { measureFrame } from '../shared/perf'
import { useNotableEvents, useWorld } from '../shared/useSimulation'
import { useSize } from '../shared/useSize'
import { StageJobs } from './StageJobs'
import { StageLane } from './StageLane'
import { laneMotions } from './laneMotion'
import { useSceneMotion, type StageMotion } from './useSceneMotion'
import { useFilledScene } from './useFilledScene'
import { LeftOutNote, NOTE_PX } from './LeftOutNote'
import { selectionThatFits, WHOLE_FIT } from './fitSelection'
import { useStageGestures } from './useStageGestures'
import { useHoldUnseenLanes } from './useHoldUnseenLanes'
import { useHeldForBuild } from './useHeldForBuild'
import { useCellsByFrame } from './useCellsByFrame'
import { useTimelineDragStart } from '../timeline/timelineDrag'
import { topicsNamed } from '../../lessons/topicsNamed'
import type { ReadonlyWorld } from '../../sim'
import './stage.css'

/** Marker labels at a desk, and in presenter mode (read from the back of a classroom). */
const LABEL_PX = 12
const PRESENTER_LABEL_PX = 20

/**
 * The stage: every partition of the topics in play as a lane, the jobs between the lanes they read
 * and the lanes they write, drawn from the scene model at the cursor. Its width is its container's
 * (presenter mode gives it more room); its height is what the scene needs, and in presenter mode
 * the picture is scaled up to fill the stage's frame (useFilledScene). Click a record or a
 * ghost to inspect it; the wheel over a lane zooms it, and dragging a zoomed lane pans it.
 */
export function Stage({ window }: { readonly window: OffsetRange | null }) {
  const containerRef = useRef<HTMLDivElement>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  const sceneRef = useRef<Scene | null>(null)
  const size = useSize(containerRef)
  const world = useWorld()
  const history = useNotableEvents()
  const colorOf = useKeyColors()
  const topic = useAppStore((s) => s.topic)
  const partition = useAppStore((s) => s.partition)
  const presenter = useAppStore((s) => s.presenting)
  const stepWords = useAppStore((s) =>
    s.lessonSession === null || s.lessonSession.exploring ? null : s.stepWords,
  )
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const dragged = useTimelineDragStart() !== null
  const [unseen, setUnseen] = useState<ReadonlyMap<string, Lane> | null>(null)
  const held = useHeldForBuild(world, dragged ? unseen : null)
  const labelPx = presenter ? PRESENTER_LABEL_PX : LABEL_PX
  const drawAt = useCallback(
    (at: ReadonlyWorld, width: number, shown: SceneSelection, keep: typeof held): Scene =>
      scene(at, {
        width,
        labelPx,
        history,
        colorOf,
        focus: { topic, partition },
        window,
        expanded,
        shown,
        ...(keep === null ? {} : { held: keep }),
      }),
    [labelPx, history, colorOf, topic, partition, window, expanded],
  )
  const buildPart = useCallback(
    (width: number, shown: SceneSelection): Scene | null =>
      width === 0 ? null : drawAt(world, width, shown, held),
    [drawAt, world, held],
  )
  // In presenter mode the stage never overflows its frame: a scene too tall for it at 20 px
  // labels draws the step's lane and what fits around it, and names the rest under the picture.
  const named = useNamedTopics(stepWords, world)
  const fitted = useMemo(
    () =>
      presenter && size.height > 0
        ? selectionThatFits(
            (shown) => buildPart(size.width, shown),
            size.height,
            `${topic}-${String(partition)}`,
            NOTE_PX,
            named,
          )
        : WHOLE_FIT,
    [presenter, buildPart, size.width, size.height, topic, partition, named],
  )
  const partial = fitted.lanesLeftOut.length > 0 || fitted.jobsLeftOut
  const build = useCallback(
    (width: number) => buildPart(width, fitted.shown),
    [buildPart, fitted.shown],
  )
  const frame = { width: size.width, height: size.height - (partial ? NOTE_PX : 0) }
  // In presenter mode the picture grows to fill the stage's frame (at least half the screen).
  const { scene: current, scale } = useFilledScene(build, frame, presenter, labelPx)
  useLayoutEffect(() => {
    sceneRef.current = current
  }, [current])
  useHoldUnseenLanes(dragged, svgRef, current, setUnseen)
  useStageGestures(svgRef, sceneRef)
  // What the last step of a drag changed in the lanes it held, which are built anew when it ends.
  const scenario = useScopedScenario()
  const wholeAt = useCallback(
    (time: number, like: Scene): Scene =>
      drawAt(worldAtOtherTime(scenario, time), like.width, fitted.shown, null),
    [drawAt, scenario, fitted.shown],
  )
  const motion = useSceneMotion(current, history, { held: held !== null && held.size > 0, wholeAt })
  // A drag's frame adds a bounded number of cells; the rest come in the frames after.
  const drawn = useCellsByFrame(current, dragged)
  const lanes = (current?.lanes ?? []).map(
    (l) => `${l.id} (log start ${l.logStartOffset}, log end ${l.logEndOffset})`,
  )
  // For `npm run bench` (`?perf=1`): the stage showing the cursor ends a frame's work.
  useLayoutEffect(measureFrame, [current])
  return (
    <div
      ref={containerRef}
      className="stage"
      data-motion={motion.before === null ? 'rest' : 'moving'}
    >
      <svg
        ref={svgRef}
        className="stage__svg"
        width={(current?.width ?? 0) * scale}
        height={(current?.height ?? 0) * scale}
        viewBox={
          current === null ? undefined : `0 0 ${String(current.width)} ${String(current.height)}`
        }
        role="img"
        aria-label={`The stage: ${lanes.join('; ')}`}
        style={{ fontSize: `${labelPx}px` }}
      >
        {drawn !== null && <StageDrawing scene={drawn} labelPx={labelPx} motion={motion} />}
      </svg>
      {current?.collapsed.map((c) => (
        <button
          key={c.id}
          type="button"
          className="stage__more"
          style={{ top: c.y * scale }}
          onClick={() => {
            setExpanded((old) => new Set([...old, c.topic]))
          }}
        >
          {c.topic}: and {c.hidden} more partition{c.hidden === 1 ? '' : 's'}
        </button>
      ))}
      {partial && <LeftOutNote fitted={fitted} />}
    </div>
  )
}

/**
 * The topics of `world` that a lesson step's words name, as a set that stays the same object
 * while the names do (the stage's fit is recomputed only when they change).
 */
function useNamedTopics(words: string | null, world: ReadonlyWorld): ReadonlySet<string> {
  const topics = [...world.topics.keys()].join('\n')
  return useMemo(
    () => new Set(words === null ? [] : topicsNamed(words, topics.split('\n'))),
    [words, topics],
  )
}

function StageDrawing({
  scene: s,
  labelPx,
  motion,
}: {
  readonly scene: Scene
  readonly labelPx: number
  readonly motion: StageMotion
}) {
  const lanes = laneMotions(motion.before, s, motion.transition, motion.progress)
  return (
    <>
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
        <StageLane
          key={lane.id}
          lane={lane}
          labelPx={labelPx}
          width={s.width}
          motion={lanes.get(lane.id)}
          changed={motion.changed}
        />
      ))}
      <StageJobs scene={s} labelPx={labelPx} motion={motion} />
    </>
  )
}
