import type { EventSink } from './events'
import { copyRolledSegmentsInPlace, expireArchiveInPlace } from './log/archive'
import { isTiered } from './log/tiered'
import type { SimScenario } from './simScenario'
import type { World } from './world'
import { someEvent } from './queue'
import { scheduleEvent } from './world'

/**
 * Mutates `world`: one run of the remote log manager's tasks over every tiered topic (KIP-405):
 * copy the rolled segments to the archive, then expire archived segments by `retention.ms` and
 * `retention.bytes`. Local copies go later, at the next retention check, once archived.
 * Simplification: the copy and the expiration run together, once per task interval, for all logs.
 */
export function runRemoteLogManager(world: World, sink: EventSink): void {
  for (const topic of world.topics.values()) {
    if (!isTiered(topic.config)) continue
    for (const log of topic.partitions) {
      const at = { time: world.now, topic: topic.name, partition: log.partition }
      for (const copied of copyRolledSegmentsInPlace(log, world.now)) {
        sink({
          type: 'segment.archived',
          ...at,
          baseOffset: copied.segment.baseOffset,
          endOffset: copied.endOffset,
          recordCount: copied.segment.count,
        })
      }
      const logStartOffsetBefore = log.logStartOffset
      for (const expired of expireArchiveInPlace(log, topic.config, world.now)) {
        sink({ type: 'archive.segmentDeleted', ...at, ...expired })
      }
      if (log.logStartOffset > logStartOffsetBefore) {
        sink({
          type: 'logStartOffset.advanced',
          ...at,
          from: logStartOffsetBefore,
          to: log.logStartOffset,
          cause: 'retention',
        })
      }
    }
  }
}

export function hasTieredTopic(world: World): boolean {
  for (const topic of world.topics.values()) if (isTiered(topic.config)) return true
  return false
}

/**
 * Mutates `world`: queues the remote log manager's next run at `time` unless one is queued. The task
 * only runs while some topic is tiered, so scenarios without tiered storage see no extra events.
 */
export function scheduleRemoteLogManager(world: World, time: number): void {
  if (someEvent(world.queue, (event) => event.kind === 'remote')) return
  scheduleEvent(world, { kind: 'remote', time })
}

/** Mutates `world`: the task's next run after this one, while a topic is tiered. */
export function rescheduleRemoteLogManager(world: World, scenario: SimScenario): void {
  if (!world.periodicMaintenance || !hasTieredTopic(world)) return
  scheduleRemoteLogManager(
    world,
    world.now + scenario.broker['remote.log.manager.task.interval.ms'],
  )
}
