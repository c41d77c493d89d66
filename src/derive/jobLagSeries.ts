import type { Scenario } from '../scenario/schema'
import { jobKey, taskLag, type ReadonlyWorld } from '../sim'
import { derived } from './cache'
import { createSampling, sampledNow, sampleTimes, type Sampling } from './sampling'

export interface JobLagSeries {
  readonly times: readonly number[]
  /** Per job: input records behind the log ends, over all its tasks; null before it first
   * starts and once decommissioned. A stopped job's lag keeps growing with its input. */
  readonly lag: ReadonlyMap<string, readonly (number | null)[]>
}

function totalLag(world: ReadonlyWorld, app: string): number | null {
  const job = world.jobs.get(app)
  if (!job || job.tasks.length === 0 || job.status === 'decommissioned') return null
  return job.tasks.reduce(
    (sum, task) =>
      sum +
      task.inputs.reduce((s, input) => {
        const log = world.topics.get(input.topic)?.partitions[input.partition]
        return s + (log ? taskLag(input, log.logEndOffset) : 0)
      }, 0),
    0,
  )
}

/**
 * Each job's total lag over the whole scenario, sampled from the timeline, read a few samples at
 * a time (cached per scenario).
 */
export const jobLagSampling = derived((scenario: Scenario): Sampling<JobLagSeries> => {
  const times = sampleTimes(scenario.durationMs)
  const apps = scenario.jobs.map(jobKey)
  const lag = new Map(apps.map((app) => [app, [] as (number | null)[]]))
  return createSampling(scenario, {
    times,
    read(world) {
      for (const [app, values] of lag) values.push(totalLag(world, app))
    },
    finish: () => ({ times, lag }),
  })
})

/** `jobLagSampling`, read whole now. */
export function jobLagSeries(scenario: Scenario): JobLagSeries {
  return sampledNow(jobLagSampling(scenario))
}
