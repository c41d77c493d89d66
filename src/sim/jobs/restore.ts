import type { EventSink } from '../events'
import { internKey } from '../log/keyTable'
import type { World } from '../world'
import { findPartition, scheduleEvent } from '../world'
import { scheduleCommit } from './commit'
import { changelogFrom, reusableCopy } from './localStores'
import type { ContainerState, JobState, TaskState } from './state'
import { tasksOf } from './state'
import { setSlot } from '../denseSlots'
import { emptyStore, ownStore, storeSize } from './store'

/**
 * Restoring a container's stores before it processes anything. Each task starts from the copy
 * of its store on the container's host when host affinity lets it reopen one (see `localStores`),
 * else empty, and replays the changelog after what that copy holds: the whole changelog when it
 * starts empty. The restore takes simulated time at the job's restore rate.
 */

/** The task's changelog partition, if the store has a changelog and it exists. */
export function changelogPartition(world: World, job: JobState, task: TaskState) {
  const changelog = job.settings.changelog
  return changelog === null ? undefined : findPartition(world, changelog, task.partition)
}

/**
 * Mutates `world`: the container's tasks open their stores on `host` and the restore begins;
 * `job.restored` ends it after the records to replay, at the job's restore rate.
 */
export function beginRestore(
  world: World,
  sink: EventSink,
  job: JobState,
  container: ContainerState,
): void {
  const plans = tasksOf(job, container.index).map((task) => openStore(world, job, container, task))
  const records = plans.reduce((sum, plan) => sum + plan.records, 0)
  const wholeChangelog = plans.reduce((sum, plan) => sum + plan.wholeChangelog, 0)
  const reopened = plans.flatMap((plan) => plan.reopened)
  const duration = Math.ceil((records * 1000) / job.settings.restoreRate)
  container.restoreStartedAt = world.now
  container.restoreEndsAt = world.now + duration
  container.restoreRecords = records
  sink({
    type: 'job.restoring',
    time: world.now,
    job: job.app,
    container: container.index,
    host: container.host,
    changelog: job.settings.changelog,
    records,
    until: container.restoreEndsAt,
    reopened,
    wholeChangelog,
  })
  scheduleEvent(world, {
    kind: 'job.restored',
    app: job.app,
    container: container.index,
    epoch: container.epoch,
    time: container.restoreEndsAt,
  })
}

/**
 * Mutates `task`: its store opens as the copy on the container's host or empty, and its restore
 * starts after what it opened with. Returns the changelog records to replay.
 */
function openStore(world: World, job: JobState, container: ContainerState, task: TaskState) {
  task.sinceCommit = 0
  task.idle = false
  const changelog = changelogPartition(world, job, task)
  const copy = changelog && reusableCopy(world, job, task, container.host, changelog)
  task.store = copy ? { ...emptyStore(), values: copy.values.slice() } : emptyStore()
  task.restoreFrom = copy ? copy.offset + 1 : 0
  task.reopenedOffset = copy ? copy.offset : null
  const whole = changelog ? changelogFrom(changelog, 0).length : 0
  return {
    records: copy ? changelogFrom(changelog, task.restoreFrom).length : whole,
    wholeChangelog: whole,
    reopened: copy ? [{ task: task.name, offset: copy.offset }] : [],
  }
}

/**
 * Mutates `world`: the restore is over: each store is what it reopened with the changelog from
 * `restoreFrom` folded over it, then processing starts.
 */
export function finishRestore(
  world: World,
  sink: EventSink,
  job: JobState,
  container: ContainerState,
): void {
  let keys = 0
  for (const task of tasksOf(job, container.index)) {
    const changelog = changelogPartition(world, job, task)
    const store = ownStore(task)
    for (const record of changelog ? changelogFrom(changelog, task.restoreFrom) : []) {
      if (record.key === null) continue
      setSlot(store.values, internKey(world.keyTable, record.key), record.value ?? undefined)
    }
    keys += storeSize(store)
    scheduleEvent(world, {
      kind: 'job.run',
      app: job.app,
      task: job.tasks.indexOf(task),
      epoch: container.epoch,
      time: world.now,
    })
  }
  container.status = 'running'
  sink({
    type: 'job.restored',
    time: world.now,
    job: job.app,
    container: container.index,
    records: container.restoreRecords,
    keys,
  })
  if (job.settings['task.commit.ms'] > 0) scheduleCommit(world, job, container)
}
