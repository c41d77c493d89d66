import type { EventSink } from './events'
import { cleanLogInPlace } from './log/cleaner'
import { isEligibleForCleaning, logToClean } from './log/cleanable'
import type { LogToClean } from './log/cleanable'
import { isCompacted, offsetMapCapacity } from './log/config'
import type { PartitionLog } from './log/partition'
import { deleteOldSegmentsInPlace } from './log/retention'
import { isTiered } from './log/tiered'
import type { SimScenario } from './simScenario'
import type { TopicState, World } from './world'

type RetentionBy = 'retention task' | 'cleaner thread' | 'action'

/**
 * Mutates `world`: one run of Kafka's retention task (`LogManager.cleanupLogs`) over the logs whose
 * policy does not include `compact`. Compacted logs get retention inside the cleaner loop instead.
 */
export function runRetentionCheck(world: World, sink: EventSink, by: RetentionBy): void {
  retainLogs(world, sink, by, (topic) => !isCompacted(topic.config))
}

/**
 * Mutates `world`: one iteration of the cleaner thread. Picks the filthiest eligible compacted log,
 * cleans it, then runs retention on every compacted log. Returns whether a log was cleaned (the thread
 * loops again at once if so, else it backs off for `log.cleaner.backoff.ms`).
 * Simplification: one cleaner thread for the whole cluster, and a pass takes no simulated time.
 */
export function runCleanerIteration(world: World, scenario: SimScenario, sink: EventSink): boolean {
  const now = world.now
  const filthiest = grabFilthiestLog(world)
  if (filthiest) {
    const { topic, log, candidate } = filthiest
    const result = cleanLogInPlace(log, {
      config: topic.config,
      now,
      offsetMapCapacity: offsetMapCapacity(scenario.broker),
      tombstoneRule: scenario.tombstoneRule,
      firstDirtyOffset: candidate.firstDirtyOffset,
      firstUncleanableOffset: candidate.firstUncleanableOffset,
    })
    const at = { time: now, topic: topic.name, partition: log.partition }
    for (const r of result.tombstonesStamped) {
      if (r.key !== null && r.deleteHorizonMs !== undefined) {
        sink({
          type: 'tombstone.stamped',
          ...at,
          offset: r.offset,
          key: r.key,
          deleteHorizonMs: r.deleteHorizonMs,
        })
      }
    }
    for (const r of result.tombstonesDropped) {
      if (r.key !== null) sink({ type: 'tombstone.dropped', ...at, offset: r.offset, key: r.key })
    }
    sink({
      type: 'cleaner.pass',
      ...at,
      firstDirtyOffset: candidate.firstDirtyOffset,
      endOffset: result.endOffset,
      firstUncleanableOffset: candidate.firstUncleanableOffset,
      dirtyRatio: candidate.cleanableRatio,
      forcedByMaxLag:
        candidate.needCompactionNow &&
        candidate.cleanableRatio <= topic.config['min.cleanable.dirty.ratio'],
      partial: result.partial,
      recordsRead: result.recordsRead,
      recordsRemoved: result.recordsRemoved,
      tombstonesStamped: result.tombstonesStamped.length,
      tombstonesDropped: result.tombstonesDropped.length,
      segmentsBefore: result.segmentsBefore,
      segmentsAfter: result.segmentsAfter,
    })
  }
  retainLogs(world, sink, 'cleaner thread', (topic) => isCompacted(topic.config))
  return filthiest !== null
}

/** Kafka's `grabFilthiestCompactedLog`: the eligible log with the highest cleanable ratio. */
function grabFilthiestLog(
  world: World,
): { topic: TopicState; log: PartitionLog; candidate: LogToClean } | null {
  let best: { topic: TopicState; log: PartitionLog; candidate: LogToClean } | null = null
  for (const topic of world.topics.values()) {
    if (!isCompacted(topic.config)) continue
    for (const log of topic.partitions) {
      const candidate = logToClean(log, topic.config, world.now)
      // An invalid checkpoint (e.g. below the log start offset) is rewritten even if nothing is cleaned.
      if (log.cleanerCheckpoint !== null && log.cleanerCheckpoint !== candidate.firstDirtyOffset) {
        log.cleanerCheckpoint = candidate.firstDirtyOffset
      }
      if (!isEligibleForCleaning(candidate, topic.config)) continue
      if (!best || candidate.cleanableRatio > best.candidate.cleanableRatio) {
        best = { topic, log, candidate }
      }
    }
  }
  return best
}

function retainLogs(
  world: World,
  sink: EventSink,
  by: RetentionBy,
  include: (topic: TopicState) => boolean,
): void {
  let logs = 0
  let segmentsDeleted = 0
  for (const topic of world.topics.values()) {
    if (!include(topic)) continue
    for (const log of topic.partitions) {
      logs++
      const result = deleteOldSegmentsInPlace(log, topic.config, world.now)
      segmentsDeleted += result.deleted.length
      const at = { time: world.now, topic: topic.name, partition: log.partition }
      if (result.rolled)
        sink({ type: 'segment.rolled', ...at, baseOffset: log.logEndOffset, reason: 'retention' })
      for (const d of result.deleted) sink({ type: 'segment.deleted', ...at, ...d })
      if (log.localLogStartOffset > result.localLogStartOffsetBefore && isTiered(topic.config)) {
        sink({
          type: 'localLogStartOffset.advanced',
          ...at,
          from: result.localLogStartOffsetBefore,
          to: log.localLogStartOffset,
        })
      }
      if (log.logStartOffset > result.logStartOffsetBefore) {
        sink({
          type: 'logStartOffset.advanced',
          ...at,
          from: result.logStartOffsetBefore,
          to: log.logStartOffset,
          cause: 'retention',
        })
      }
    }
  }
  sink({ type: 'retention.checked', time: world.now, by, logs, segmentsDeleted })
}
