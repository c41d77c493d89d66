import type { Scenario } from '../scenario/schema'
import { jobKey, taskLag, type ReadonlyWorld } from '../sim'
import { derived } from './cache'
import { sampleTimes } from './series'
import { worldAtOtherTime } from './simulation'

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

/** Each job's total lag over the whole scenario, sampled from the timeline (cached per scenario). */
export const jobLagSeries = derived((scenario: Scenario): JobLagSeries => {
  const times = sampleTimes(scenario.durationMs)
  const apps = scenario.jobs.map(jobKey)
  const lag = new Map(apps.map((app) => [app, [] as (number | null)[]]))
  for (const t of times) {
    const world = worldAtOtherTime(scenario, t)
    for (const [app, values] of lag) values.push(totalLag(world, app))
  }
  return { times, lag }
})
