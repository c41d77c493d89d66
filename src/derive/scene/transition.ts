import type { SimEvent } from '../../sim'
import { isReset } from './ghosts'
import type { Ghost, Lane, ResetArrow, Scene, SceneCell, SceneMarker } from './types'

/** A record in the scene before that is not in the scene after, and why it went. */
export interface LeavingCell {
  readonly laneId: string
  readonly cell: SceneCell
  /**
   * `cleaned`: a cleaner pass removed it (it fades into the gap); `deleted`: it fell below the log
   * start (retention or DeleteRecords) and slides into the ghost; `unwritten`: stepping back in
   * time to before it existed.
   */
  readonly cause: 'cleaned' | 'deleted' | 'unwritten'
}

export interface MarkerMove {
  readonly laneId: string
  readonly id: string
  readonly kind: SceneMarker['kind']
  /** Offsets where it is drawn before and after; null where it is not on that side. */
  readonly from: number | null
  readonly to: number | null
}

export interface StoreChange {
  /** `<job>/<key>`. */
  readonly id: string
  readonly job: string
  readonly key: string
  readonly from: string | null
  readonly to: string | null
}

/**
 * What changed between two scenes, for the renderer to animate (it only interpolates) and to
 * highlight once the motion is over. Computed from the two scenes and the events between them,
 * never from what is on screen.
 */
export interface SceneTransition {
  readonly appeared: readonly { readonly laneId: string; readonly cell: SceneCell }[]
  readonly leaving: readonly LeavingCell[]
  readonly newGhosts: readonly { readonly laneId: string; readonly ghost: Ghost }[]
  readonly markers: readonly MarkerMove[]
  readonly rolled: readonly string[]
  /**
   * Segments whose local copy the broker deleted while the archive holds them (tiered storage):
   * drawn local before and archive-only after, so the step fades one into the other.
   */
  readonly archived: readonly string[]
  readonly resets: readonly ResetArrow[]
  readonly store: readonly StoreChange[]
  /** Ids of everything that is new or different after: cells, markers, ghosts, store entries. */
  readonly changed: ReadonlySet<string>
  /** Stepping backwards: the same differences, but nothing is "deleted" going back in time. */
  readonly backwards: boolean
}

export function transition(
  before: Scene,
  after: Scene,
  eventsBetween: readonly SimEvent[],
): SceneTransition {
  const backwards = after.time < before.time
  const appeared: { laneId: string; cell: SceneCell }[] = []
  const leaving: LeavingCell[] = []
  const newGhosts: { laneId: string; ghost: Ghost }[] = []
  const markers: MarkerMove[] = []
  const rolled: string[] = []
  const archived: string[] = []
  const changed = new Set<string>()
  const beforeLanes = new Map(before.lanes.map((l) => [l.id, l]))

  for (const lane of after.lanes) {
    const old = beforeLanes.get(lane.id)
    if (old === undefined) continue
    diffCells(old, lane, backwards, appeared, leaving, changed)
    const oldGhosts = new Set(old.ghosts.map((g) => g.id))
    for (const ghost of lane.ghosts) {
      if (oldGhosts.has(ghost.id)) continue
      newGhosts.push({ laneId: lane.id, ghost })
      changed.add(ghost.id)
    }
    const wasArchived = new Map(old.segments.map((s) => [s.id, s.archived]))
    for (const s of lane.segments) {
      if (backwards) continue
      const before = wasArchived.get(s.id)
      if (before === undefined) rolled.push(s.id)
      else if (s.archived && !before) archived.push(s.id)
      else continue
      changed.add(s.id)
    }
    for (const move of diffMarkers(old, lane)) {
      markers.push(move)
      if (move.from !== move.to) changed.add(move.id)
    }
    for (const id of changedNewest(old, lane)) changed.add(id)
  }

  const store = diffStores(before, after)
  for (const change of store) changed.add(change.id)
  const resets = backwards ? [] : resetsBetween(after, eventsBetween)
  for (const reset of resets) changed.add(reset.id)
  return {
    appeared,
    leaving,
    newGhosts,
    markers,
    rolled,
    archived,
    resets,
    store,
    changed,
    backwards,
  }
}

/**
 * Cells are compared only where both scenes list them (a dense lane draws columns instead). A cell
 * is new when it lies past the old log end or inside the old window without having been listed
 * there; one that merely scrolled into or out of the window neither appears nor leaves.
 */
function diffCells(
  old: Lane,
  lane: Lane,
  backwards: boolean,
  appeared: { laneId: string; cell: SceneCell }[],
  leaving: LeavingCell[],
  changed: Set<string>,
): void {
  if (old.cells === null || lane.cells === null) return
  const oldIds = new Set(old.cells.map((c) => c.id))
  const newIds = new Set(lane.cells.map((c) => c.id))
  const within = (range: Lane['range'], offset: number): boolean =>
    offset >= range.from && offset < range.to
  for (const cell of lane.cells) {
    if (oldIds.has(cell.id)) continue
    if (cell.offset < old.logEndOffset && !within(old.range, cell.offset)) continue
    appeared.push({ laneId: lane.id, cell })
    changed.add(cell.id)
  }
  for (const cell of old.cells) {
    if (newIds.has(cell.id)) continue
    const deleted = cell.offset < lane.logStartOffset
    if (!deleted && !within(lane.range, cell.offset) && cell.offset < lane.logEndOffset) continue
    leaving.push({
      laneId: lane.id,
      cell,
      cause: backwards ? 'unwritten' : deleted ? 'deleted' : 'cleaned',
    })
  }
}

function diffMarkers(old: Lane, lane: Lane): MarkerMove[] {
  const moves = new Map<string, MarkerMove>()
  for (const m of old.markers) {
    moves.set(m.id, { laneId: lane.id, id: m.id, kind: m.kind, from: m.drawnAt, to: null })
  }
  for (const m of lane.markers) {
    const from = moves.get(m.id)?.from ?? null
    moves.set(m.id, { laneId: lane.id, id: m.id, kind: m.kind, from, to: m.drawnAt })
  }
  return [...moves.values()]
}

function diffStores(before: Scene, after: Scene): StoreChange[] {
  const changes: StoreChange[] = []
  const old = new Map(before.jobs.flatMap((j) => j.store.map((e) => [e.id, e.value] as const)))
  for (const job of after.jobs) {
    for (const entry of job.store) {
      const from = old.get(entry.id) ?? null
      if (from === entry.value) continue
      changes.push({ id: entry.id, job: job.id, key: entry.key, from, to: entry.value })
    }
  }
  return changes
}

/** Out-of-range resets among the events between the two times, on lanes of the scene after. */
function resetsBetween(after: Scene, events: readonly SimEvent[]): ResetArrow[] {
  const times = new Set(events.filter(isReset).map((e) => e.time))
  return after.lanes.flatMap((lane) => lane.resets.filter((r) => times.has(r.at)))
}

/** The entries of a lane's newest-per-key row whose value a step changed, or that it added. */
function changedNewest(before: Lane, after: Lane): string[] {
  if (after.newest === null) return []
  const was = new Map((before.newest?.entries ?? []).map((e) => [e.id, e.text]))
  return after.newest.entries.filter((e) => was.get(e.id) !== e.text).map((e) => e.id)
}
