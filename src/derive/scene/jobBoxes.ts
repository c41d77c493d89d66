import { jobLag, storePreview, type ReadonlyJob, type ReadonlyWorld } from '../../sim'
import { labelRowHeight } from './labelLayout'
import type { JobBox, Lane, StoreEntry } from './types'

/** Store entries listed in a job's box; the rest are counted ("and N more keys"). */
export const STORE_ROWS = 6
const GAP_PX = 16
const MAX_BOX_PX = 360

/** Where the row of boxes goes and how much of each store it lists. */
export interface JobRow {
  readonly width: number
  readonly labelPx: number
  readonly y: number
  /** Store entries listed per box (`STORE_ROWS` when left out); the rest are counted. */
  readonly storeRows?: number | undefined
}

/**
 * Each job as a box in one row at `y`: its status, lag and store (key → value), with the lanes it
 * reads (of `lanes`, the ones above it). While a container restores its store from the
 * changelog, `restoring` says how far it has got (the simulator restores at a fixed rate).
 */
export function jobBoxes(
  world: ReadonlyWorld,
  lanes: readonly Lane[],
  { width, labelPx, y, storeRows = STORE_ROWS }: JobRow,
  colorOf: (key: string | null) => string,
): JobBox[] {
  const jobs = [...world.jobs.values()]
  if (jobs.length === 0) return []
  const boxWidth = Math.min(MAX_BOX_PX, (width - GAP_PX * (jobs.length - 1)) / jobs.length)
  const row = labelRowHeight(labelPx)
  const stores = jobs.map((job) => storePreview(world, job, storeRows))
  // Every box as tall as the fullest store needs (one row at least, for "store empty").
  const rows = Math.max(1, Math.min(storeRows, Math.max(...stores.map((s) => s.size))))
  const height = row * (rows + 2.5) + 8
  return jobs.map((job, index) => {
    const preview = stores[index] ?? { entries: [], size: 0 }
    const store: StoreEntry[] = preview.entries.map(({ key, value, restoring }) => ({
      id: `${job.app}/${key}`,
      key,
      value,
      color: colorOf(key),
      restoring,
    }))
    const inputs = new Set(job.tasks.flatMap((t) => t.inputs.map((i) => i.topic)))
    return {
      id: job.app,
      status: job.status,
      box: { x: index * (boxWidth + GAP_PX), y, width: boxWidth, height },
      inputLanes: lanes.filter((l) => inputs.has(l.topic)).map((l) => l.id),
      // The lanes it writes sit below the boxes: the scene fills them in once they are placed.
      changelogLanes: [],
      outputLanes: [],
      store,
      storeSize: preview.size,
      restoring: restoreProgress(world, job),
      restoreNote: restoreNote(job),
      lag: jobLag(world, job),
    }
  })
}

/**
 * What the restoring containers replay, in changelog records; with host affinity, whether they
 * reopened the store copy on their host first (then only the changelog after it).
 */
function restoreNote(job: ReadonlyJob): string | null {
  const restoring = job.containers.filter((c) => c.status === 'restoring')
  if (restoring.length === 0) return null
  const records = restoring.reduce((sum, c) => sum + c.restoreRecords, 0)
  const text = `restoring ${records} record${records === 1 ? '' : 's'}`
  if (!job.settings['job.host-affinity.enabled']) return text
  const reopened = job.tasks.some(
    (t) => t.reopenedOffset !== null && restoring.some((c) => c.index === t.container),
  )
  return reopened ? `${text} after local copy` : `${text}, no local copy`
}

function restoreProgress(world: ReadonlyWorld, job: ReadonlyJob): number | null {
  const restoring = job.containers.filter((c) => c.status === 'restoring')
  if (restoring.length === 0) return null
  let done = 0
  for (const c of restoring) {
    const start = c.restoreStartedAt ?? world.now
    const end = c.restoreEndsAt ?? world.now
    done += end > start ? Math.min(1, (world.now - start) / (end - start)) : 1
  }
  return done / restoring.length
}
