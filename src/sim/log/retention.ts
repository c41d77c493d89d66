import type { TopicConfig } from './config'
import { hasDeletePolicy } from './config'
import type { PartitionLog } from './partition'
import { rollInPlace, totalSize } from './partition'
import type { Segment } from './segment'
import { effectiveLargestTimestamp } from './segment'

export type RetentionReason = 'log-start-offset' | 'retention.bytes' | 'retention.ms'

export interface DeletedSegment {
  readonly baseOffset: number
  /** The next segment's base offset (or the log end offset): the deleted range is [base, end). */
  readonly endOffset: number
  readonly recordCount: number
  readonly reason: RetentionReason
}

export interface RetentionResult {
  readonly deleted: readonly DeletedSegment[]
  /** Whether an empty segment was rolled first because every segment was due. */
  readonly rolled: boolean
  readonly logStartOffsetBefore: number
}

type SegmentPredicate = (segment: Segment, next: Segment | undefined) => boolean

/**
 * Mutates `log`: Kafka's `deleteOldSegments`. With `delete` in the policy it runs the log-start-offset,
 * size and time passes in that order; a compact-only log runs just the log-start-offset pass.
 * Each pass removes a prefix of whole segments; the log start offset only moves forward.
 */
export function deleteOldSegmentsInPlace(
  log: PartitionLog,
  config: TopicConfig,
  now: number,
): RetentionResult {
  const logStartOffsetBefore = log.logStartOffset
  const deleted: DeletedSegment[] = []
  let rolled = false
  const run = (reason: RetentionReason, predicate: SegmentPredicate): void => {
    const result = deleteSegmentsInPlace(log, predicate, reason, now)
    deleted.push(...result.deleted)
    rolled ||= result.rolled
  }
  run(
    'log-start-offset',
    (_segment, next) => next !== undefined && next.baseOffset <= log.logStartOffset,
  )
  if (hasDeletePolicy(config)) {
    const retentionBytes = config['retention.bytes']
    if (retentionBytes >= 0) {
      let excess = totalSize(log) - retentionBytes
      if (excess >= 0) {
        run('retention.bytes', (segment) => {
          if (excess - segment.size < 0) return false
          excess -= segment.size
          return true
        })
      }
    }
    const retentionMs = config['retention.ms']
    if (retentionMs >= 0) {
      run('retention.ms', (segment) => now - effectiveLargestTimestamp(segment) > retentionMs)
    }
  }
  return { deleted, rolled, logStartOffsetBefore }
}

function deleteSegmentsInPlace(
  log: PartitionLog,
  predicate: SegmentPredicate,
  reason: RetentionReason,
  now: number,
): { deleted: DeletedSegment[]; rolled: boolean } {
  let count = 0
  for (let i = 0; i < log.segments.length; i++) {
    const segment = log.segments[i]
    const next = log.segments[i + 1]
    if (!segment) break
    // The high watermark equals the log end offset here, so only the empty-last-segment rule applies.
    const isLastAndEmpty = next === undefined && segment.count === 0
    if (isLastAndEmpty || !predicate(segment, next)) break
    count++
  }
  if (count === 0) return { deleted: [], rolled: false }
  // The log always keeps a segment: when all are due, roll an empty one first.
  const rolled = count === log.segments.length
  if (rolled) rollInPlace(log, now)
  const removed = log.segments.splice(0, count)
  const deleted = removed.map((segment, i): DeletedSegment => ({
    baseOffset: segment.baseOffset,
    endOffset: removed[i + 1]?.baseOffset ?? log.segments[0]?.baseOffset ?? log.logEndOffset,
    recordCount: segment.count,
    reason,
  }))
  const firstBase = log.segments[0]?.baseOffset ?? log.logEndOffset
  if (firstBase > log.logStartOffset) log.logStartOffset = firstBase
  return { deleted, rolled }
}

/**
 * Mutates `log`: the DeleteRecords admin call. Raises the log start offset to `offset` (mid-segment
 * allowed); the segments below it go at the next retention check. Offsets above the log end offset
 * are refused, as Kafka refuses them.
 */
export function deleteRecordsInPlace(
  log: PartitionLog,
  offset: number,
): { ok: true; before: number } | { ok: false; reason: string } {
  if (offset > log.logEndOffset) {
    return {
      ok: false,
      reason: `offset ${offset} is above the log end offset ${log.logEndOffset} (OFFSET_OUT_OF_RANGE)`,
    }
  }
  const before = log.logStartOffset
  if (offset > before) log.logStartOffset = offset
  return { ok: true, before }
}
