import { jobKey } from './jobs/naming'
import { produceTime } from './produce'
import { hasTieredTopic, scheduleRemoteLogManager } from './remoteLogManager'
import { withoutEvents } from './queue'
import type { SimScenario } from './simScenario'
import type { World } from './world'
import { scheduleEvent } from './world'

/** Mutates `world`: schedules the first event of every producer, consumer and periodic task. */
export function scheduleInitialEvents(world: World, scenario: SimScenario): void {
  scenario.producers.forEach((_, producer) => {
    const time = produceTime(scenario, producer, 0)
    if (time !== null) scheduleEvent(world, { kind: 'produce', producer, time })
  })
  for (const consumer of scenario.consumers) {
    if (consumer.pollIntervalMs !== null)
      scheduleEvent(world, { kind: 'poll', consumer: consumer.name, time: consumer.startMs })
  }
  for (const job of scenario.jobs) {
    if (job.startMs !== null)
      scheduleEvent(world, { kind: 'job.launch', app: jobKey(job), time: job.startMs })
  }
  if (world.periodicMaintenance) scheduleMaintenance(world, scenario, 0)
}

/**
 * Mutates `world`: starts the periodic broker tasks as a broker starting at `from` would: the retention
 * task after `log.initial.task.delay.ms`, the cleaner thread at once (when `log.cleaner.enable`),
 * and the remote log manager at once when a topic is tiered.
 */
export function scheduleMaintenance(world: World, scenario: SimScenario, from: number): void {
  scheduleEvent(world, {
    kind: 'retention',
    time: from + scenario.broker['log.initial.task.delay.ms'],
  })
  if (scenario.broker['log.cleaner.enable']) scheduleEvent(world, { kind: 'cleaner', time: from })
  if (hasTieredTopic(world)) scheduleRemoteLogManager(world, from)
}

/** Mutates `world`: cancels the periodic broker tasks. */
export function stopMaintenance(world: World): void {
  world.queue = withoutEvents(
    world.queue,
    (e) => e.kind === 'retention' || e.kind === 'cleaner' || e.kind === 'remote',
  )
}
