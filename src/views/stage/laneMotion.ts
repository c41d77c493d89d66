import type { Lane, LeavingCell, Scene, SceneTransition } from '../../derive/scene'

/** One lane's share of a running motion: what it looked like before and what comes and goes. */
export interface LaneMotion {
  readonly before: Lane | undefined
  readonly progress: number
  readonly appeared: ReadonlySet<string>
  readonly leaving: readonly LeavingCell[]
  readonly newGhosts: ReadonlySet<string>
  readonly rolled: ReadonlySet<string>
  /** Segments turning archive-only in this step (they fade from local to archived). */
  readonly archived: ReadonlySet<string>
  /** Marker id → the offset it is drawn at before (null when it is new). */
  readonly markerFrom: ReadonlyMap<string, number | null>
}

/** Splits a running motion by lane; lanes it does not touch get none (and are not redrawn). */
export function laneMotions(
  before: Scene | null,
  after: Scene,
  change: SceneTransition | null,
  progress: number,
): ReadonlyMap<string, LaneMotion> {
  const motions = new Map<string, LaneMotion>()
  if (before === null || change === null) return motions
  const now = new Map(after.lanes.map((l) => [l.id, l]))
  for (const old of before.lanes) {
    const lane = now.get(old.id)
    if (lane === undefined) continue
    const markerFrom = new Map(
      change.markers.filter((m) => m.laneId === old.id).map((m) => [m.id, m.from] as const),
    )
    const motion: LaneMotion = {
      before: old,
      progress,
      appeared: new Set(change.appeared.filter((a) => a.laneId === old.id).map((a) => a.cell.id)),
      leaving: change.leaving.filter((l) => l.laneId === old.id),
      newGhosts: new Set(
        change.newGhosts.filter((g) => g.laneId === old.id).map((g) => g.ghost.id),
      ),
      rolled: new Set(change.rolled.filter((id) => id.startsWith(`${old.id}@`))),
      archived: new Set(change.archived.filter((id) => id.startsWith(`${old.id}@`))),
      markerFrom,
    }
    const refits =
      old.y !== lane.y || old.range.from !== lane.range.from || old.perOffset !== lane.perOffset
    const segmentsChange = motion.rolled.size + motion.archived.size
    const comesOrGoes =
      motion.appeared.size + motion.leaving.length + motion.newGhosts.size + segmentsChange > 0
    const glides = change.markers.some((m) => m.laneId === old.id && m.from !== m.to)
    if (refits || comesOrGoes || glides) motions.set(old.id, motion)
  }
  return motions
}
