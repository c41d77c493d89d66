import type { EventSink } from './events'
import { cleanOrStartPass, finishPass } from './cleaningPass'
import { isEligibleForCleaning, logToClean } from './log/cleanable'
import type { LogToClean } from './log/cleanable'
import { isCompacted } from './log/config'
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
 * cleans it, then runs retention on every compacted log. Returns 'cleaned' when a log was cleaned
 * (the thread loops again at once), 'started' when a throttled pass began (the rest of the iteration
 * runs at its end, `finishCleanerIteration`), or 'idle' (the thread backs off for
 * `log.cleaner.backoff.ms`). Simplification: one cleaner thread for the whole cluster.
 */
export function runCleanerIteration(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
): 'cleaned' | 'started' | 'idle' {
  const filthiest = grabFilthiestLog(world)
  const outcome = filthiest
    ? cleanOrStartPass(world, scenario, sink, filthiest, { forced: false, retentionAfter: true })
    : 'idle'
  if (outcome !== 'started') retainCompactedLogs(world, sink)
  return outcome
}

/** Mutates `world`: ends the thread's pass in progress and, after its own pick, the iteration. */
export function finishCleanerIteration(world: World, scenario: SimScenario, sink: EventSink): void {
  const pass = finishPass(world, scenario, sink)
  if (pass?.retentionAfter) retainCompactedLogs(world, sink)
}

/** The cleaner thread's retention of the compacted logs, at the end of each iteration. */
function retainCompactedLogs(world: World, sink: EventSink): void {
  retainLogs(world, sink, 'cleaner thread', (topic) => isCompacted(topic.config))
}

/** Kafka's `grabFilthiestCompactedLog`: the eligible log with the highest cleanable ratio. */
function grabFilthiestLog(
  world: World,
): { topic: TopicState; log: PartitionLog; candidate: LogToClean } | null {
  let best: { topic: TopicState; log: PartitionLog; candidate: LogToClean } | null = null
  for (const topic of world.topics.values()) {
    if (!isCompacted(topic.config)) continue
    for (const log of topic.partitions) {
      const candidate = logToClean(log, topic.config, world.now, undefined, world.clockStartMs)
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
