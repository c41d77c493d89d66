import type { EventSink } from '../events'
import type { PendingEvent } from '../queue'
import type { SimScenario } from '../simScenario'
import type { World } from '../world'
import { commitContainer } from './commit'
import { startContainer } from './lifecycle'
import { finishRestore } from './restore'
import { runTask } from './processing'

type JobPendingEvent = Extract<
  PendingEvent,
  { kind: 'job.run' | 'job.restored' | 'job.commit' | 'job.restart' }
>

/** Mutates `world`: handles a job's own event unless a stop, crash or restart made it stale. */
export function handleJobEvent(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  event: JobPendingEvent,
): void {
  const job = world.jobs.get(event.app)
  if (!job) return
  if (event.kind === 'job.run') {
    const task = job.tasks[event.task]
    const container = task && job.containers[task.container]
    if (container?.epoch === event.epoch && container.status === 'running')
      runTask(world, scenario, sink, job, event.task)
    return
  }
  const container = job.containers[event.container]
  if (container?.epoch !== event.epoch) return
  switch (event.kind) {
    case 'job.restored':
      if (container.status === 'restoring') finishRestore(world, sink, job, container)
      return
    case 'job.commit':
      if (container.status === 'running') commitContainer(world, scenario, sink, job, container)
      return
    case 'job.restart':
      if (container.status === 'waiting') startContainer(world, scenario, sink, job, container)
      return
  }
}
