import { useMemo } from 'react'
import type { JobSnapshot } from '../../sim'
import { jobSnapshot } from '../../derive/jobSnapshots'
import { useWorld } from '../shared/useSimulation'

/** Every job of the world at the cursor, as the snapshot shows it, with the world's time. */
export function useJobs(): { readonly now: number; readonly jobs: readonly JobSnapshot[] } {
  const world = useWorld()
  return useMemo(
    () => ({ now: world.now, jobs: [...world.jobs.values()].map((j) => jobSnapshot(world, j)) }),
    [world],
  )
}
