import type { EventSink } from '../events'
import { TOPIC_CONFIG_DEFAULTS, withOverrides } from '../log/config'
import { outputRoom } from '../log/reservedRoom'
import type { JobSettingsOverrides, SimScenario } from '../simScenario'
import type { World } from '../world'
import { findPartition, scheduleEvent } from '../world'
import { readCheckpoints } from './checkpoints'
import { checkpointTopicName, inputTopics, isBootstrapInput, jobKey, taskName } from './naming'
import { beginRestore } from './restore'
import type { ContainerState, JobState, TaskState } from './state'
import { tasksOf } from './state'
import { changedSettings, settingsOf } from './settings'
import { emptyStore } from './store'
import { CHECKPOINT_TOPIC_CONFIG, changelogConfig, ensureTopic } from './topics'

/**
 * Starting, stopping and crashing a job's containers. A container start reads the checkpoints,
 * places every input (checkpoint + 1, else samza.offset.default), restores each store from its
 * changelog (taking simulated time), then processes. Stopping or crashing never commits.
 */

/**
 * Mutates `world`: starts a stopped (or never started) job with its declared settings and `set` on
 * top; a reason if it can't. Like a Samza deployment, a start runs exactly the config it is given:
 * what an earlier start changed does not carry over.
 */
export function startJob(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  job: JobState,
  set: JobSettingsOverrides,
): string | null {
  if (job.status === 'running') return `${job.app} is already running`
  const settings = withOverrides(settingsOf(job.spec), set)
  const inputs = inputTopics(job.spec).map((name) => world.topics.get(name))
  const missing = inputTopics(job.spec).find((_, i) => !inputs[i])
  if (missing !== undefined) return `input topic ${missing} does not exist`
  const taskCount = Math.max(...inputs.map((t) => t?.partitions.length ?? 0))
  if (settings.changelog !== null) {
    const existing = world.topics.get(settings.changelog)
    if (existing && existing.partitions.length !== taskCount)
      return `changelog ${settings.changelog} has ${existing.partitions.length} partition(s) but the job has ${taskCount} task(s); Samza's validation fails the start`
  }
  job.settings = settings
  job.status = 'running'
  job.startedAt = world.now
  job.caughtUp = false
  const containerCount = Math.min(settings['job.container.count'], taskCount)
  job.tasks = Array.from({ length: taskCount }, (_, p) =>
    newTask(world, job, p, p % containerCount),
  )
  job.containers = Array.from({ length: containerCount }, (_, index) => ({
    index,
    host: 0,
    status: 'down',
    epoch: 0,
    restoreStartedAt: null,
    restoreEndsAt: null,
    restoreRecords: 0,
  }))
  sink({
    type: 'job.started',
    time: world.now,
    job: job.app,
    tasks: taskCount,
    containers: containerCount,
    offsetDefault: settings['samza.offset.default'],
    resetOffset: settings['samza.reset.offset'],
    changelog: settings.changelog,
    output: settings.output,
    changed: changedSettings(job.spec, settings),
  })
  if (settings.changelog !== null) {
    ensureTopic(world, sink, {
      name: settings.changelog,
      partitions: taskCount,
      config: changelogConfig(job.spec),
      by: job.app,
      purpose: 'changelog',
    })
    const other = [...world.jobs.values()].find(
      (j) => j !== job && j.status === 'running' && j.settings.changelog === settings.changelog,
    )
    if (other) {
      sink({
        type: 'job.sharedChangelog',
        time: world.now,
        job: job.app,
        changelog: settings.changelog,
        otherJob: other.app,
      })
    }
  }
  // Samza creates the checkpoint topic when the job starts (`KafkaCheckpointManager.createResources`).
  ensureTopic(world, sink, {
    name: checkpointTopicName(job.spec),
    partitions: 1,
    config: CHECKPOINT_TOPIC_CONFIG,
    by: job.app,
    purpose: 'checkpoint',
  })
  if (settings.output !== null) {
    const partitions = scenario.broker['num.partitions']
    ensureTopic(world, sink, {
      name: settings.output,
      partitions,
      config: TOPIC_CONFIG_DEFAULTS,
      by: 'auto.create.topics.enable',
      purpose: 'output',
      room: outputRoom(scenario, job.spec.inputs, partitions, TOPIC_CONFIG_DEFAULTS),
    })
  }
  for (const container of job.containers) startContainer(world, scenario, sink, job, container)
  return null
}

function newTask(world: World, job: JobState, partition: number, container: number): TaskState {
  return {
    name: taskName(partition),
    partition,
    container,
    inputs: inputTopics(job.spec)
      .filter((topic) => (world.topics.get(topic)?.partitions.length ?? 0) > partition)
      .map((topic) => ({
        topic,
        partition,
        position: null,
        lastProcessed: null,
        checkpointed: null,
        bootstrapUntil: null,
      })),
    store: emptyStore(),
    restoreFrom: 0,
    reopenedOffset: null,
    sinceCommit: 0,
    lastRecordTimestamp: null,
    sent: 0,
    staleWritesSkipped: 0,
    idle: false,
  }
}

/** The container's host: the up hosts in turn, offset by the job's place in the scenario. */
function pickHost(
  world: World,
  scenario: SimScenario,
  job: JobState,
  container: number,
): number | null {
  const up = world.hosts.flatMap((h, i) => (h.up ? [i] : []))
  if (up.length === 0) return null
  // Host affinity asks the cluster manager for the host the container last ran on, if it is up.
  const last = job.locality[container]
  if (job.settings['job.host-affinity.enabled'] && last !== undefined && world.hosts[last]?.up)
    return last
  // By name, not identity: a timeline edited at t keeps worlds built from the old scenario's specs.
  const jobIndex = scenario.jobs.findIndex((j) => jobKey(j) === job.app)
  return up[(jobIndex + container) % up.length] ?? null
}

/**
 * Mutates `world`: starts one container: new epoch, checkpoints read, inputs placed, stores restored
 * from the changelog (empty without one). Processing begins when the restore ends.
 */
export function startContainer(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  job: JobState,
  container: ContainerState,
): void {
  container.epoch = ++job.lastEpoch
  const host = pickHost(world, scenario, job, container.index)
  if (host === null) {
    // No host is up: the cluster manager keeps asking for one.
    container.status = 'waiting'
    scheduleRestart(world, job, container, scenario.cluster.containerRestartMs)
    return
  }
  container.host = host
  job.locality[container.index] = host
  container.status = 'restoring'
  const checkpoints = readCheckpoints(world, job.spec)
  for (const task of tasksOf(job, container.index))
    placeInputs(world, sink, job, task, checkpoints.get(task.name) ?? [])
  beginRestore(world, sink, job, container)
}

/** Each input's first offset: checkpoint + 1, else samza.offset.default (`OffsetManager`). */
function placeInputs(
  world: World,
  sink: EventSink,
  job: JobState,
  task: TaskState,
  checkpoint: readonly { topic: string; partition: number; offset: number }[],
): void {
  const settings = job.settings
  for (const input of task.inputs) {
    const log = findPartition(world, input.topic, input.partition)
    const entry = checkpoint.find((e) => e.topic === input.topic && e.partition === input.partition)
    input.checkpointed = entry?.offset ?? null
    input.lastProcessed = input.checkpointed
    const useCheckpoint = entry !== undefined && !settings['samza.reset.offset']
    const oldest = settings['samza.offset.default'] === 'oldest'
    input.position = useCheckpoint
      ? entry.offset + 1
      : oldest
        ? (log?.logStartOffset ?? 0)
        : (log?.logEndOffset ?? 0)
    input.bootstrapUntil = isBootstrapInput(job.spec, input.topic) ? (log?.logEndOffset ?? 0) : null
    sink({
      type: 'job.positioned',
      time: world.now,
      job: job.app,
      task: task.name,
      topic: input.topic,
      partition: input.partition,
      offset: input.position,
      checkpointed: input.checkpointed,
      cause: useCheckpoint
        ? 'checkpoint'
        : entry !== undefined
          ? 'samza.reset.offset'
          : 'samza.offset.default',
      offsetDefault: settings['samza.offset.default'],
    })
  }
}

function scheduleRestart(
  world: World,
  job: JobState,
  container: ContainerState,
  afterMs: number,
): void {
  scheduleEvent(world, {
    kind: 'job.restart',
    app: job.app,
    container: container.index,
    epoch: container.epoch,
    time: world.now + afterMs,
  })
}

function uncommitted(job: JobState, container: number): number {
  return tasksOf(job, container).reduce((sum, t) => sum + t.sinceCommit, 0)
}

/** Mutates `world`: kills every container without a commit (SAMZA-2073: shutdown does not commit). */
export function stopJob(world: World, sink: EventSink, job: JobState): string | null {
  if (job.status !== 'running') return `${job.app} is not running`
  const lost = job.containers.reduce((sum, c) => sum + uncommitted(job, c.index), 0)
  for (const container of job.containers) {
    container.status = 'down'
    container.epoch = ++job.lastEpoch
  }
  job.status = 'stopped'
  sink({ type: 'job.stopped', time: world.now, job: job.app, uncommitted: lost })
  return null
}

/**
 * Mutates `world`: the container dies (uncommitted work is lost). The cluster manager starts it
 * again after `restartAfterMs` (the scenario's `containerRestartMs` unless the crash says), from the
 * last checkpoint, restoring its stores; with `restartAfterMs` null it gives up, as when
 * `cluster-manager.container.retry.count` is exhausted: the job fails and every container stops,
 * until the job is started again.
 */
export function crashContainer(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  job: JobState,
  index: number,
  cause: 'crash' | 'host failure',
  restartAfterMs: number | null = scenario.cluster.containerRestartMs,
): string | null {
  const container = job.containers[index]
  if (job.status !== 'running' || !container) return `${job.app} has no running container ${index}`
  if (container.status === 'waiting') return `container ${index} of ${job.app} is already down`
  const lost = uncommitted(job, index)
  container.status = 'waiting'
  container.epoch = ++job.lastEpoch
  if (restartAfterMs !== null) scheduleRestart(world, job, container, restartAfterMs)
  sink({
    type: 'job.crashed',
    time: world.now,
    job: job.app,
    container: index,
    host: container.host,
    uncommitted: lost,
    restartAt: restartAfterMs === null ? null : world.now + restartAfterMs,
    cause,
  })
  if (restartAfterMs === null) stopJob(world, sink, job)
  return null
}
