import type { JobSnapshot, WorldSnapshot } from '../../../sim'
import { createTimeline, snapshotWorld } from '../../../sim'
import type { BranchSide } from '../../branches'
import { branchScenario } from '../../branches'
import type { LinkState } from '../fragment'

/** What a link's world is at one time, on one branch (`null`: a link without branches). */
export interface WorldFacts {
  readonly branch: BranchSide | null
  readonly at: number
  readonly facts: readonly string[]
}

/**
 * The times the old-link corpus pins a link's world at: a quarter of the way, the link's cursor
 * and the end, where the effects of actions, cleaner passes, retention and job restarts show.
 */
export function factTimes(state: LinkState): readonly number[] {
  const end = state.scenario.durationMs
  return [...new Set([Math.floor(end / 4), state.cursorMs, end])].sort((a, b) => a - b)
}

/** The world an opened link reaches at each of `times`, on each of its branches. */
export function linkWorldFacts(state: LinkState, times = factTimes(state)): WorldFacts[] {
  const { scenario, branches } = state
  const runs =
    branches === undefined
      ? [{ branch: null, scenario }]
      : (['a', 'b'] as const).map((side) => ({
          branch: side,
          scenario: branchScenario({ scenario, branches }, side),
        }))
  return runs.flatMap(({ branch, scenario }) => {
    const timeline = createTimeline(scenario)
    return times.map((at) => ({
      branch,
      at,
      facts: worldFacts(snapshotWorld(timeline.worldAt(at))),
    }))
  })
}

/**
 * The facts a reader of the world checks, one line each: every partition's log start and end
 * offsets, cleaner checkpoint and record count; every consumer's position; every job's status,
 * positions, checkpoints and store. Plain lines so a changed meaning reads as a short diff.
 */
export function worldFacts(world: WorldSnapshot): string[] {
  const lines: string[] = []
  for (const topic of world.topics) {
    for (const p of topic.partitions) {
      const records = p.segments.reduce((sum, segment) => sum + segment.records.length, 0)
      const cleaned = p.cleanerCheckpoint === null ? '' : ` cleaned to ${p.cleanerCheckpoint}`
      lines.push(
        `${topic.name}/${p.partition} log ${p.logStartOffset}..${p.logEndOffset}${cleaned}, ${records} records`,
      )
    }
  }
  for (const consumer of world.consumers) {
    lines.push(
      `consumer ${consumer.name} at ${String(consumer.position)}, ${consumer.received} received`,
    )
  }
  for (const job of world.jobs) lines.push(...jobFacts(job))
  return lines
}

function jobFacts(job: JobSnapshot): string[] {
  const lines = [`job ${job.job} ${job.status}, changelog ${String(job.settings.changelog)}`]
  for (const task of job.tasks) {
    for (const input of task.inputs) {
      lines.push(
        `job ${job.job} ${task.name} reads ${input.topic}/${input.partition} at ${String(input.position)}, checkpoint ${String(input.checkpointed)}`,
      )
    }
    // JSON: keys and values may hold spaces and `=`.
    lines.push(
      `job ${job.job} ${task.name} store ${JSON.stringify(Object.fromEntries(task.store))}`,
    )
  }
  return lines
}
