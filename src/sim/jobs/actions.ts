import type { EventSink } from '../events'
import { toSimulatedTimestamp } from '../epoch'
import { readWholeLog } from '../log/fetch'
import type { CheckpointEntry, ScenarioAction, SimScenario } from '../simScenario'
import type { World } from '../world'
import { findPartition } from '../world'
import { writeCheckpoints } from './checkpoints'
import { forgetOutputVersions } from './outputVersions'
import { crashContainer, startJob, stopJob } from './lifecycle'
import { checkpointTopicName, inputTopics, taskName } from './naming'
import type { JobState } from './state'

type JobAction = Extract<
  ScenarioAction,
  {
    type:
      | 'job.start'
      | 'job.stop'
      | 'job.crash'
      | 'job.decommission'
      | 'checkpoint.write'
      | 'topic.delete'
  }
>

/** Mutates `world`: runs a job or topic action; returns why it was refused, or null. */
export function applyJobAction(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  action: JobAction,
): string | null {
  if (action.type === 'topic.delete') return deleteTopic(world, sink, action.topic)
  const job = world.jobs.get(action.job)
  if (!job) return `no job is named ${action.job}`
  switch (action.type) {
    case 'job.start':
      return startJob(world, scenario, sink, job, action.set)
    case 'job.stop':
      return stopJob(world, sink, job)
    case 'job.crash':
      return crashContainer(
        world,
        scenario,
        sink,
        job,
        action.container,
        'crash',
        action.restartAfterMs,
      )
    case 'job.decommission':
      return decommission(world, sink, job)
    case 'checkpoint.write':
      return editCheckpoint(world, scenario, sink, job, action.offsets, action.timestamp)
  }
}

/** Who still needs a topic: a running job reading, writing, or checkpointing to it. */
function runningUser(world: World, topic: string): JobState | undefined {
  return [...world.jobs.values()].find(
    (job) =>
      job.status === 'running' &&
      (inputTopics(job.spec).includes(topic) ||
        job.settings.changelog === topic ||
        job.settings.output === topic ||
        checkpointTopicName(job.spec) === topic),
  )
}

/** Mutates `world`: `kafka-topics --delete`. Refused while a running job uses the topic. */
function deleteTopic(world: World, sink: EventSink, topic: string): string | null {
  if (!world.topics.has(topic)) return `topic ${topic} does not exist`
  const user = runningUser(world, topic)
  if (user) return `${user.app} is running and uses ${topic}; stop it first`
  world.topics.delete(topic)
  forgetOutputVersions(world, topic)
  sink({ type: 'topic.deleted', time: world.now, topic })
  return null
}

/**
 * Mutates `world`: the end of a parallel rewind for the old job: shut it down, then delete its
 * checkpoint topic and its changelog (reprocessing.md: "delete its checkpoint and changelog streams").
 */
function decommission(world: World, sink: EventSink, job: JobState): string | null {
  if (job.status === 'decommissioned') return `${job.app} is already decommissioned`
  const changelog = job.settings.changelog
  if (changelog !== null) {
    const other = [...world.jobs.values()].find(
      (j) => j !== job && j.status === 'running' && j.settings.changelog === changelog,
    )
    if (other) return `${other.app} still uses the changelog ${changelog}`
  }
  if (job.status === 'running') stopJob(world, sink, job)
  const deleted: string[] = []
  for (const topic of [checkpointTopicName(job.spec), changelog]) {
    if (topic !== null && world.topics.delete(topic)) {
      sink({ type: 'topic.deleted', time: world.now, topic })
      deleted.push(topic)
    }
  }
  job.status = 'decommissioned'
  sink({ type: 'job.decommissioned', time: world.now, job: job.app, deleted })
  return null
}

/**
 * Mutates `world`: CheckpointTool `--new-offsets`: one new checkpoint message per task named. The
 * offsets are last processed offsets, so the job resumes one past them. By timestamp, each input
 * partition gets (first offset with timestamp ≥ t, else the log end) − 1, as looking offsets up with
 * `kafka-get-offsets --time` and writing N−1 does. The tool does not check whether the job runs:
 * a running job read its checkpoints when its containers started, ignores these and overwrites them
 * at its next commit; only a container that starts before that commit (a crash, a restart) picks
 * them up. The event says so (`jobRunning`).
 */
function editCheckpoint(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  job: JobState,
  offsets: readonly CheckpointEntry[] | null,
  timestamp: number | null,
): string | null {
  const inputs = inputTopics(job.spec)
  const entries: CheckpointEntry[] = []
  if (offsets !== null) {
    for (const entry of offsets) {
      if (!inputs.includes(entry.topic)) return `${entry.topic} is not an input of ${job.app}`
      if (!findPartition(world, entry.topic, entry.partition))
        return `${entry.topic} has no partition ${entry.partition}`
      entries.push(entry)
    }
  } else {
    const at = toSimulatedTimestamp(timestamp ?? world.clockStartMs, world.clockStartMs)
    for (const topic of inputs) {
      const partitions = world.topics.get(topic)?.partitions ?? []
      for (const log of partitions) {
        const found = readWholeLog(log).find((r) => r.timestamp >= at)
        const target = found?.offset ?? log.logEndOffset
        entries.push({ topic, partition: log.partition, offset: target - 1 })
      }
    }
  }
  const byTask = new Map<string, CheckpointEntry[]>()
  for (const entry of entries) {
    const task = taskName(entry.partition)
    byTask.set(task, [...(byTask.get(task) ?? []), entry])
  }
  writeCheckpoints(world, scenario, sink, job.spec, 'CheckpointTool', byTask)
  // Each named task's message replaces its whole checkpoint: inputs left out have none now.
  for (const task of job.tasks) {
    if (!byTask.has(task.name)) continue
    for (const input of task.inputs) {
      const entry = entries.find((e) => e.topic === input.topic && e.partition === input.partition)
      input.checkpointed = entry?.offset ?? null
    }
  }
  sink({
    type: 'checkpoint.written',
    time: world.now,
    job: job.app,
    topic: checkpointTopicName(job.spec),
    entries: entries.map((e) => ({ ...e, task: taskName(e.partition) })),
    byTimestamp: offsets === null ? timestamp : null,
    ...(scenario.clockStartMs === undefined ? {} : { onRealDate: true as const }),
    jobRunning: job.status === 'running',
  })
  return null
}
