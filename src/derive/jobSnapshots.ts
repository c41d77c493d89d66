import { snapshotJob, type JobSnapshot, type ReadonlyJob, type ReadonlyWorld } from '../sim'

/**
 * A job's snapshot (its store sorted by key, its tasks' positions and lags), made once per world:
 * the stage, the jobs panel and the store view all show the jobs of the world at the cursor, and
 * sorting a store of thousands of keys once per frame is enough. Worlds handed out by the derive
 * layer are never changed, so a world's snapshots stay valid for as long as the world lives.
 */
const byWorld = new WeakMap<ReadonlyWorld, WeakMap<ReadonlyJob, JobSnapshot>>()

export function jobSnapshot(world: ReadonlyWorld, job: ReadonlyJob): JobSnapshot {
  let snapshots = byWorld.get(world)
  if (snapshots === undefined) {
    snapshots = new WeakMap()
    byWorld.set(world, snapshots)
  }
  let snapshot = snapshots.get(job)
  if (snapshot === undefined) {
    snapshot = snapshotJob(world, job)
    snapshots.set(job, snapshot)
  }
  return snapshot
}
