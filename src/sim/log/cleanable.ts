import type { TopicConfig } from './config'
import { LONG_MAX } from './config'
import { toEpochTimestamp } from '../epoch'
import type { PartitionLog } from './partition'
import { activeSegment, floorSegmentIndex } from './partition'
import { effectiveLargestTimestamp } from './segment'

/**
 * What the cleaner would clean in one log now (Kafka's `cleanableOffsets` and `LogToClean`).
 * Sizes are in the scenario's size units.
 */
export interface LogToClean {
  readonly firstDirtyOffset: number
  /** End (exclusive) of the cleanable dirty range; always a segment boundary. */
  readonly firstUncleanableOffset: number
  readonly cleanBytes: number
  readonly cleanableBytes: number
  readonly totalBytes: number
  /** cleanableBytes / totalBytes; the active and uncleanable segments are not in the denominator. */
  readonly cleanableRatio: number
  /** True when `max.compaction.lag.ms` has passed for the oldest dirty record. */
  readonly needCompactionNow: boolean
}

/**
 * The dirty range `[firstDirty, firstUncleanable)`. The first dirty offset is the cleaner checkpoint,
 * reset to the log start offset when it falls outside the log, unless a forced pass chose it (as
 * Kafka's own tests give `LogToClean` one). The range stops at the active segment and, with
 * `min.compaction.lag.ms > 0`, at the first segment holding a record younger than the lag.
 */
export function cleanableOffsets(
  log: PartitionLog,
  config: TopicConfig,
  now: number,
  chosenFirstDirtyOffset?: number,
): { firstDirtyOffset: number; firstUncleanableOffset: number } {
  const checkpoint = log.cleanerCheckpoint ?? log.logStartOffset
  const firstDirtyOffset =
    chosenFirstDirtyOffset ??
    (checkpoint < log.logStartOffset || checkpoint > log.logEndOffset
      ? log.logStartOffset
      : checkpoint)
  let firstUncleanable = Math.min(log.logEndOffset, activeSegment(log).baseOffset)
  const minLag = config['min.compaction.lag.ms']
  if (minLag > 0) {
    for (const segment of nonActiveSegmentsFrom(log, firstDirtyOffset)) {
      if (effectiveLargestTimestamp(segment) > now - minLag) {
        firstUncleanable = Math.min(firstUncleanable, segment.baseOffset)
        break
      }
    }
  }
  return { firstDirtyOffset, firstUncleanableOffset: Math.max(firstUncleanable, firstDirtyOffset) }
}

/** Computes the cleaner's view of one log: the dirty ratio and whether max lag forces a pass. */
export function logToClean(
  log: PartitionLog,
  config: TopicConfig,
  now: number,
  chosenFirstDirtyOffset?: number,
  clockStartMs = 0,
): LogToClean {
  const { firstDirtyOffset, firstUncleanableOffset } = cleanableOffsets(
    log,
    config,
    now,
    chosenFirstDirtyOffset,
  )
  // The uncleanable offset is rounded down to the base of the segment holding it.
  const uncleanableIndex = floorSegmentIndex(log, firstUncleanableOffset)
  const uncleanableBase =
    log.segments[uncleanableIndex]?.baseOffset ?? activeSegment(log).baseOffset
  let cleanBytes = 0
  for (const s of log.segments) if (s.baseOffset < firstDirtyOffset) cleanBytes += s.size
  let cleanableBytes = 0
  for (const s of segmentsInRange(log, firstDirtyOffset, uncleanableBase)) cleanableBytes += s.size
  const totalBytes = cleanBytes + cleanableBytes
  return {
    firstDirtyOffset,
    firstUncleanableOffset,
    cleanBytes,
    cleanableBytes,
    totalBytes,
    cleanableRatio: totalBytes === 0 ? 0 : cleanableBytes / totalBytes,
    needCompactionNow: needsCompactionNow(log, config, firstDirtyOffset, now, clockStartMs),
  }
}

/**
 * `max.compaction.lag.ms`: the earliest first-batch timestamp (ignoring epoch values ≤ 0, as Kafka
 * does) among the dirty non-active segments is older than the lag.
 */
function needsCompactionNow(
  log: PartitionLog,
  config: TopicConfig,
  firstDirtyOffset: number,
  now: number,
  clockStartMs: number,
): boolean {
  const maxLag = config['max.compaction.lag.ms']
  if (maxLag >= LONG_MAX) return false
  let earliest = LONG_MAX
  for (const segment of nonActiveSegmentsFrom(log, firstDirtyOffset)) {
    const ts = segment.firstBatchTimestamp
    if (toEpochTimestamp(ts, clockStartMs) > 0 && ts < earliest) earliest = ts
  }
  return earliest < LONG_MAX && now - earliest - maxLag > 0
}

/** Whether the cleaner would pick this log at all: ratio above the minimum, or max lag with data. */
export function isEligibleForCleaning(candidate: LogToClean, config: TopicConfig): boolean {
  if (candidate.totalBytes === 0) return false
  return (
    candidate.cleanableRatio > config['min.cleanable.dirty.ratio'] ||
    (candidate.needCompactionNow && candidate.cleanableBytes > 0)
  )
}

/** Kafka's `logSegments(from, to)`: the segment holding `from`, then every segment below `to`. */
export function segmentsInRange(log: PartitionLog, from: number, to: number) {
  if (from >= to) return []
  const start = Math.max(0, floorSegmentIndex(log, from))
  const result = []
  for (let i = start; i < log.segments.length; i++) {
    const segment = log.segments[i]
    if (!segment || segment.baseOffset >= to) break
    result.push(segment)
  }
  return result
}

/** Non-active segments from the one holding `from` on. */
function nonActiveSegmentsFrom(log: PartitionLog, from: number) {
  const start = Math.max(0, floorSegmentIndex(log, from))
  return log.segments.slice(start, log.segments.length - 1)
}
