import { WHOLE_SCENE, type Scene, type SceneSelection } from '../../derive/scene'

/** What of the stage is drawn in a frame, and what was left out for want of room. */
export interface FittedSelection {
  readonly shown: SceneSelection
  /** Lane ids left out, in stage order. */
  readonly lanesLeftOut: readonly string[]
  readonly jobsLeftOut: boolean
}

export const WHOLE_FIT: FittedSelection = {
  shown: WHOLE_SCENE,
  lanesLeftOut: [],
  jobsLeftOut: false,
}

/**
 * Store entries listed per job box when the full stores would push a lane off the stage: the box
 * still says how many keys there are, and the room keeps a lane instead of empty space.
 */
export const SHORT_STORE_ROWS = 3

/**
 * The largest part of the stage that fits `height` at the size it is built at (presenter mode's
 * labels cannot shrink below 20 px, so a tall scene cannot be scaled down into a short frame).
 * The whole stage when it fits, with fewer store entries listed if that is what it takes;
 * otherwise the focused lane (the step's; in a branch without it, the first lane the step names),
 * then the jobs' row, then the lanes of the topics the step's words name (`named`), then the
 * other lanes nearest the focused one in stage order, each kept only when the part still fits in
 * `height − noteHeight` (the room a line naming what was left out takes). When that leaves a
 * lane out, the jobs' boxes list fewer store entries if that draws more lanes. The focused lane is
 * always drawn, even alone and too tall: the step is about it.
 */
export function selectionThatFits(
  build: (shown: SceneSelection) => Scene | null,
  height: number,
  focusLane: string | null,
  noteHeight: number,
  named: ReadonlySet<string> = new Set(),
): FittedSelection {
  const whole = build(WHOLE_SCENE)
  if (whole === null || whole.height <= height) return WHOLE_FIT
  const ids = whole.lanes.map((l) => l.id)
  const hasJobs = whole.jobs.length > 0
  // Listing fewer entries changes nothing when no store has more (each build costs a frame's
  // share while the time line is dragged in presenter mode).
  const canShorten = whole.jobs.some((job) => job.storeSize > SHORT_STORE_ROWS)
  const shortWhole: SceneSelection = { ...WHOLE_SCENE, storeRows: SHORT_STORE_ROWS }
  if (canShorten && (build(shortWhole)?.height ?? Infinity) <= height) {
    return { shown: shortWhole, lanesLeftOut: [], jobsLeftOut: false }
  }
  const topicOf = new Map(whole.lanes.map((l) => [l.id, l.topic]))
  const isNamed = (id: string): number => (named.has(topicOf.get(id) ?? '') ? 0 : 1)
  // A branch whose world lacks the focused lane (a topic only the other branch made) is about
  // the first lane the step names, else its first lane.
  const focusIndex = focusLane === null ? -1 : ids.indexOf(focusLane)
  const focusAt =
    focusIndex >= 0
      ? focusIndex
      : Math.max(
          0,
          ids.findIndex((id) => isNamed(id) === 0),
        )
  // The focused lane first (distance 0), then the named lanes, each group nearest first.
  const byNearness = ids
    .map((id, index) => ({ id, distance: Math.abs(index - focusAt) }))
    .sort((a, b) =>
      a.distance === 0 || b.distance === 0
        ? a.distance - b.distance
        : isNamed(a.id) - isNamed(b.id) || a.distance - b.distance,
    )
    .map((l) => l.id)
  const budget = height - noteHeight
  const fits = (shown: SceneSelection): boolean => (build(shown)?.height ?? Infinity) <= budget
  const grow = (start: SceneSelection): SceneSelection => {
    const candidates: ((s: SceneSelection) => SceneSelection)[] = [
      ...(hasJobs ? [(s: SceneSelection) => ({ ...s, jobs: true })] : []),
      ...byNearness.slice(1).map((id) => (s: SceneSelection) => ({
        ...s,
        lanes: new Set([...(s.lanes ?? []), id]),
      })),
    ]
    let shown = start
    for (const add of candidates) {
      const bigger = add(shown)
      if (fits(bigger)) shown = bigger
    }
    return shown
  }
  const focus = new Set(byNearness.slice(0, 1))
  const full = grow({ lanes: focus, jobs: false })
  const lanesOf = (s: SceneSelection): number => s.lanes?.size ?? ids.length
  const short =
    canShorten && lanesOf(full) < ids.length
      ? grow({ lanes: focus, jobs: false, storeRows: SHORT_STORE_ROWS })
      : full
  const shown = lanesOf(short) > lanesOf(full) && short.jobs ? short : full
  return {
    shown,
    lanesLeftOut: ids.filter((id) => shown.lanes?.has(id) !== true),
    jobsLeftOut: hasJobs && !shown.jobs,
  }
}
