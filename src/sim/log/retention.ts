import type { TopicConfig } from './config'
import { hasDeletePolicy } from './config'
import { highestArchivedOffset } from './archive'
import type { PartitionLog } from './partition'
import { raiseLogStartOffsetInPlace, rollInPlace, totalSize } from './partition'
import type { Segment } from './segment'
import { effectiveLargestTimestamp } from './segment'
import { isTiered, localRetentionBytes, localRetentionMs } from './tiered'

export type RetentionReason = 'log-start-offset' | 'retention.bytes' | 'retention.ms'

export interface DeletedSegment {
  readonly baseOffset: number
  /** The next segment's base offset (or the log end offset): the deleted range is [base, end). */
  readonly endOffset: number
  readonly recordCount: number
  /** Its largest timestamp (or its mtime when it has none): what `retention.ms` compares with now. */
  readonly newestTimestamp: number
  readonly reason: RetentionReason
  /** Present on a tiered topic when the archive still holds the records: only the local copy went. */
  readonly archived?: true
}

export interface RetentionResult {
  readonly deleted: readonly DeletedSegment[]
  /** Whether a segment was rolled: every segment was due, or a tiered log's active one breached. */
  readonly rolled: boolean
  readonly logStartOffsetBefore: number
  readonly localLogStartOffsetBefore: number
}

type SegmentPredicate = (segment: Segment, next: Segment | undefined) => boolean

/**
 * Mutates `log`: Kafka's `deleteOldSegments`. With `delete` in the policy it runs the log-start-offset,
 * size and time passes in that order; a compact-only log runs just the log-start-offset pass.
 * Each pass removes a prefix of whole segments; the log start offset only moves forward.
 *
 * On a tiered topic (`remote.storage.enable`) these passes manage the local copy only: they use
 * `local.retention.ms`/`.bytes`, a segment goes only once the archive holds it (or the log start
 * offset passed it), and what moves is the local log start offset. The archive has its own
 * retention (`expireArchiveInPlace`).
 */
export function deleteOldSegmentsInPlace(
  log: PartitionLog,
  config: TopicConfig,
  now: number,
): RetentionResult {
  const logStartOffsetBefore = log.logStartOffset
  const localLogStartOffsetBefore = log.localLogStartOffset
  const tiered = isTiered(config)
  const deleted: DeletedSegment[] = []
  let rolled = false
  const run = (reason: RetentionReason, predicate: SegmentPredicate): void => {
    const result = deleteSegmentsInPlace(log, predicate, reason, now, tiered)
    deleted.push(...result.deleted)
    rolled ||= result.rolled
  }
  // Equal to the log start offset unless the topic is tiered (`raiseLogStartOffsetInPlace`).
  run(
    'log-start-offset',
    (_segment, next) => next !== undefined && next.baseOffset <= log.localLogStartOffset,
  )
  if (hasDeletePolicy(config)) {
    const retentionBytes = localRetentionBytes(config)
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
    const retentionMs = localRetentionMs(config)
    if (retentionMs >= 0) {
      run('retention.ms', (segment) => now - effectiveLargestTimestamp(segment) > retentionMs)
    }
  }
  return { deleted, rolled, logStartOffsetBefore, localLogStartOffsetBefore }
}

function deleteSegmentsInPlace(
  log: PartitionLog,
  predicate: SegmentPredicate,
  reason: RetentionReason,
  now: number,
  tiered: boolean,
): { deleted: DeletedSegment[]; rolled: boolean } {
  let count = 0
  let rollActive = false
  for (let i = 0; i < log.segments.length; i++) {
    const segment = log.segments[i]
    const next = log.segments[i + 1]
    if (!segment) break
    // The high watermark equals the log end offset here, so only the empty-last-segment rule applies.
    const isLastAndEmpty = next === undefined && segment.count === 0
    if (isLastAndEmpty || !predicate(segment, next)) break
    if (tiered) {
      // A breached active segment is rolled so the next copy archives it and a later check deletes it.
      if (next === undefined) rollActive = true
      if (!isArchivedOrBelowLogStart(log, next)) break
    }
    count++
  }
  if (rollActive) rollInPlace(log, now)
  if (count === 0) return { deleted: [], rolled: rollActive }
  // The log always keeps a segment: when all are due, roll an empty one first.
  const rolled = rollActive || count === log.segments.length
  if (count === log.segments.length) rollInPlace(log, now)
  const removed = log.segments.splice(0, count)
  const firstBase = log.segments[0]?.baseOffset ?? log.logEndOffset
  if (tiered) {
    if (firstBase > log.localLogStartOffset) log.localLogStartOffset = firstBase
  } else {
    raiseLogStartOffsetInPlace(log, firstBase)
  }
  const deleted = removed.map((segment, i): DeletedSegment => {
    const endOffset = removed[i + 1]?.baseOffset ?? firstBase
    const archived = tiered && endOffset > log.logStartOffset
    return {
      baseOffset: segment.baseOffset,
      endOffset,
      recordCount: segment.count,
      newestTimestamp: effectiveLargestTimestamp(segment),
      reason,
      ...(archived ? { archived: true as const } : {}),
    }
  })
  return { deleted, rolled }
}

/**
 * Kafka's `isSegmentEligibleForDeletion` on a tiered log: the segment's last offset is in the
 * archive, or the log start offset has passed the whole segment.
 */
function isArchivedOrBelowLogStart(log: PartitionLog, next: Segment | undefined): boolean {
  if (next === undefined) return false
  return next.baseOffset - 1 <= highestArchivedOffset(log) || log.logStartOffset >= next.baseOffset
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
  raiseLogStartOffsetInPlace(log, offset)
  return { ok: true, before }
}
