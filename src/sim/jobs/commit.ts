import type { EventSink } from '../events'
import type { CheckpointEntry, SimScenario } from '../simScenario'
import type { World } from '../world'
import { isOnline } from '../cluster/brokers'
import { findPartition, scheduleEvent } from '../world'
import { writeCheckpoints } from './checkpoints'
import { checkpointTopicName } from './naming'
import { sendInBatches } from './output'
import { keepLocalStore } from './localStores'
import type { ContainerState, JobState, TaskState } from './state'
import { tasksOf } from './state'
import { takeDirtyInPlace } from './store'

/**
 * Mutates `world`: a container's periodic commit (`TaskInstance.commit`), in Samza's order: the
 * store's writes since the last commit go to the changelog (outputs were sent as they were made),
 * then one checkpoint message per task with its last processed offsets. Then the next commit.
 * Simplification: store writes reach the changelog only at commit (Samza may flush earlier; with
 * transactional state a restore trims anything past the checkpoint, so the outcome is the same).
 */
export function commitContainer(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  job: JobState,
  container: ContainerState,
): void {
  scheduleCommit(world, job, container)
  // A flush to an offline partition cannot complete: the commit waits for the next interval.
  if (!commitTargetsOnline(world, job, container)) return
  let changelogRecords = 0
  const checkpoint = new Map<string, CheckpointEntry[]>()
  for (const task of tasksOf(job, container.index)) {
    changelogRecords += flushStore(world, scenario, sink, job, task.partition, task)
    const entries: CheckpointEntry[] = []
    for (const input of task.inputs) {
      if (input.lastProcessed === null) continue
      input.checkpointed = input.lastProcessed
      entries.push({ topic: input.topic, partition: input.partition, offset: input.lastProcessed })
    }
    checkpoint.set(task.name, entries)
    task.sinceCommit = 0
    keepStoreOnHost(world, job, container, task)
  }
  writeCheckpoints(world, scenario, sink, job.spec, job.app, checkpoint)
  sink({
    type: 'job.committed',
    time: world.now,
    job: job.app,
    container: container.index,
    changelogRecords,
    checkpoint: [...checkpoint].flatMap(([task, entries]) => entries.map((e) => ({ ...e, task }))),
  })
}

/** With host affinity, the commit leaves a copy of the store on the container's host's disk. */
function keepStoreOnHost(
  world: World,
  job: JobState,
  container: ContainerState,
  task: TaskState,
): void {
  const changelog = job.settings.changelog
  const log = changelog === null ? undefined : findPartition(world, changelog, task.partition)
  if (job.settings['job.host-affinity.enabled'] && log)
    keepLocalStore(world, container.host, job, task, log)
}

/** Mutates `world`: the container's next periodic commit, `task.commit.ms` from now. */
export function scheduleCommit(world: World, job: JobState, container: ContainerState): void {
  scheduleEvent(world, {
    kind: 'job.commit',
    app: job.app,
    container: container.index,
    epoch: container.epoch,
    time: world.now + job.settings['task.commit.ms'],
  })
}

function commitTargetsOnline(world: World, job: JobState, container: ContainerState): boolean {
  const changelog = job.settings.changelog
  return (
    isOnline(world, checkpointTopicName(job.spec), 0) &&
    (changelog === null ||
      tasksOf(job, container.index).every((t) => isOnline(world, changelog, t.partition)))
  )
}

/** Sends each dirty key's current value (null: a tombstone) to the task's changelog partition. */
function flushStore(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  job: JobState,
  partition: number,
  task: TaskState,
): number {
  if (task.store.dirty.length === 0) return 0
  const dirty = takeDirtyInPlace(task)
  const changelog = job.settings.changelog
  const topic = changelog === null ? undefined : world.topics.get(changelog)
  if (topic) {
    const { keys } = world.keyTable
    const { values } = task.store
    const records = dirty.map((keyId) => ({
      key: keys[keyId] ?? null,
      value: values[keyId] ?? null,
      timestamp: world.now,
      keyId,
    }))
    sendInBatches(world, scenario, sink, topic, partition, job.app, records)
  }
  return changelog === null ? 0 : dirty.length
}
