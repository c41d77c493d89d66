import type { TaskRef, World } from '../world'
import { readerKey, scheduleEvent } from '../world'

/**
 * Idle tasks wait for input instead of polling on a timer, so a quiet job costs no events: a task
 * that found nothing registers on its input partitions, and the next append there wakes it.
 */

/** Mutates `world`: registers the task on each of its input partitions. */
export function waitForInput(
  world: World,
  ref: TaskRef,
  partitions: readonly { readonly topic: string; readonly partition: number }[],
): void {
  for (const { topic, partition } of partitions) {
    const key = readerKey(topic, partition)
    const waiting = world.idleReaders.get(key)
    world.idleReaders.set(key, waiting === undefined ? [ref] : [...waiting, ref])
  }
}

/** Mutates `world`: after an append, schedules a run of every task still waiting in the same epoch. */
export function wakeReaders(world: World, topic: string, partition: number): void {
  if (world.idleReaders.size === 0) return
  const key = readerKey(topic, partition)
  const waiting = world.idleReaders.get(key)
  if (!waiting) return
  world.idleReaders.delete(key)
  for (const ref of waiting) {
    const job = world.jobs.get(ref.app)
    const task = job?.tasks[ref.task]
    const container = task && job.containers[task.container]
    if (!task?.idle || container?.epoch !== ref.epoch || container.status !== 'running') continue
    task.idle = false
    scheduleEvent(world, {
      kind: 'job.run',
      app: ref.app,
      task: ref.task,
      epoch: ref.epoch,
      time: world.now,
    })
  }
}
