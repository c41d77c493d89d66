import type { SimEvent, ReadonlyWorld } from '../../sim'
import { jobBoxes } from './jobBoxes'
import { labelRowHeight } from './labelLayout'
import { buildLane } from './lane'
import { lanesInPlay, type LaneChoice } from './lanesInPlay'
import type { OffsetRange } from './stripModel'
import type { CollapsedLanes, JobBox, Lane, Scene } from './types'

export interface SceneOptions {
  /** The stage's width in px; lanes span all of it. */
  readonly width: number
  /** Marker label size in px (presenter mode wants 20 or more); everything else scales with it. */
  readonly labelPx: number
  /** Notable events up to the world's time: where ghosts and reset arrows come from. */
  readonly history: readonly SimEvent[]
  readonly colorOf: (key: string | null) => string
  readonly focus?: { readonly topic: string; readonly partition: number } | null
  /** The focused lane's zoomed window; null fits each lane to its content. */
  readonly window?: OffsetRange | null
  readonly maxLanesPerTopic?: number
  readonly expanded?: ReadonlySet<string>
  /** What to draw of it when the frame is too small for all (presenter mode); all by default. */
  readonly shown?: SceneSelection
  /**
   * Lanes, by id, to draw as they were built before instead of building them anew (the stage holds
   * the lanes off screen while the time line is dragged). Each keeps its place and height, so the
   * lanes around it are laid out as it is drawn.
   */
  readonly held?: ReadonlyMap<string, Lane>
}

/** A part of the stage: the lanes (by id, `<topic>-<partition>`) and whether the jobs' row. */
export interface SceneSelection {
  /** Null draws every lane. */
  readonly lanes: ReadonlySet<string> | null
  readonly jobs: boolean
  /** Store entries listed in each job's box; `STORE_ROWS` when left out. */
  readonly storeRows?: number
}

export const WHOLE_SCENE: SceneSelection = { lanes: null, jobs: true }

const LANE_GAP_PX = 6
const JOB_ROW_GAP_PX = 18

/**
 * The stage at `world`'s time: topics no job writes as lanes at the top, the jobs' boxes below
 * them, then the changelogs and outputs the jobs write; each lane fits its content unless it is
 * the focused one with a zoom window.
 */
export function scene(world: ReadonlyWorld, options: SceneOptions): Scene {
  const { width, labelPx } = options
  const focus = options.focus ?? null
  const shown = options.shown ?? WHOLE_SCENE
  const isShown = (lane: LaneChoice): boolean =>
    shown.lanes === null || shown.lanes.has(`${lane.topic}-${String(lane.partition)}`)
  const choice = lanesInPlay(world, {
    focus,
    maxLanesPerTopic: options.maxLanesPerTopic ?? 3,
    expanded: options.expanded ?? new Set(),
  })
  const rowHeight = labelRowHeight(labelPx)
  const lanes: Lane[] = []
  const collapsed: CollapsedLanes[] = []
  let y = 0
  let jobs: JobBox[] = []
  const placeLane = (lane: LaneChoice): void => {
    // A held lane is reused only where it was drawn: when the content above it changed height
    // (a job box grew, a lane came or went), it is built again at its new place.
    const held = options.held?.get(`${lane.topic}-${String(lane.partition)}`)
    if (held !== undefined && held.y === y) {
      lanes.push(held)
      y += held.height + LANE_GAP_PX
      return
    }
    const focused = focus?.topic === lane.topic && focus.partition === lane.partition
    const built = buildLane(lane, { ...options, world, window: options.window ?? null, focused }, y)
    if (built === null) return
    lanes.push(built)
    y += built.height + LANE_GAP_PX
  }
  const placeCollapsed = (topic: string): void => {
    const hidden = choice.collapsed.find((c) => c.topic === topic)?.hidden ?? 0
    if (hidden === 0) return
    collapsed.push({ id: `${topic}+more`, topic, hidden, y, height: rowHeight + 4 })
    y += rowHeight + 4 + LANE_GAP_PX
  }
  const written = (lane: LaneChoice): boolean => lane.role === 'changelog' || lane.role === 'output'
  const topicsIn = (list: readonly LaneChoice[]): string[] => [...new Set(list.map((l) => l.topic))]
  const inPlay = choice.lanes.filter(isShown)
  const upstream = inPlay.filter((l) => !written(l))
  const downstream = inPlay.filter(written)
  const placeTopics = (list: readonly LaneChoice[]): void => {
    for (const topic of topicsIn(list)) {
      list.filter((l) => l.topic === topic).forEach(placeLane)
      placeCollapsed(topic)
    }
  }
  placeTopics(upstream)
  if (world.jobs.size > 0 && shown.jobs) {
    y += JOB_ROW_GAP_PX
    const boxesY = y
    const boxes = jobBoxes(
      world,
      lanes,
      { width, labelPx, y: boxesY, storeRows: shown.storeRows },
      options.colorOf,
    )
    y += Math.max(...boxes.map((b) => b.box.height)) + JOB_ROW_GAP_PX
    placeTopics(downstream)
    jobs = boxes.map((box) => withWrittenLanes(box, lanes))
  } else {
    placeTopics(downstream)
  }
  return {
    time: world.now,
    width,
    height: y,
    lanes,
    collapsed,
    jobs,
    keys: keysInView(lanes, jobs),
  }
}

/** The boxes were placed before the lanes they write: fill those lanes in now. */
function withWrittenLanes(box: JobBox, lanes: readonly Lane[]): JobBox {
  const writes = (role: Lane['role']): string[] =>
    lanes.filter((l) => l.role === role && l.writers.includes(box.id)).map((l) => l.id)
  return { ...box, changelogLanes: writes('changelog'), outputLanes: writes('output') }
}

/** Every key drawn as a cell or a store entry, once, in the order first seen. */
function keysInView(
  lanes: readonly Lane[],
  jobs: readonly JobBox[],
): { key: string; color: string }[] {
  const seen = new Map<string, string>()
  for (const lane of lanes) {
    for (const cell of lane.cells ?? []) {
      if (cell.key !== null && !seen.has(cell.key)) seen.set(cell.key, cell.color)
    }
  }
  for (const job of jobs) for (const e of job.store) if (!seen.has(e.key)) seen.set(e.key, e.color)
  return [...seen].map(([key, color]) => ({ key, color }))
}
