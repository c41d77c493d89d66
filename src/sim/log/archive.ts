import type { TopicConfig } from './config'
import type { ArchivedSegment, PartitionLog } from './partition'
import { raiseLogStartOffsetInPlace } from './partition'
import type { RetentionReason } from './retention'

/**
 * The archive: tiered storage's remote copy of a partition (KIP-405), kept by the broker's remote
 * log manager (`RemoteLogManager`). Its two periodic jobs are here: copying rolled segments
 * (`RLMCopyTask`) and expiring archived ones by the topic's total retention (`RLMExpirationTask`).
 *
 * Simplifications: a copy is instant and whole (one remote segment per local segment, taken at the
 * task's run); there is no remote log metadata topic, no leader epochs, and no copy quota.
 */

/** The last offset the archive holds (`highestOffsetInRemoteStorage`), or -1. */
export function highestArchivedOffset(log: PartitionLog): number {
  const last = log.archive[log.archive.length - 1]
  return last ? last.endOffset - 1 : -1
}

/**
 * Mutates `log`: copies every rolled segment the archive does not hold yet, oldest first. The active
 * segment is never copied (`candidateLogSegments` leaves it out); with replication instant, every
 * rolled segment is below the last stable offset. Returns the segments copied.
 */
export function copyRolledSegmentsInPlace(
  log: PartitionLog,
  now: number,
): readonly ArchivedSegment[] {
  const copyFrom = Math.max(highestArchivedOffset(log) + 1, log.localLogStartOffset)
  const copied: ArchivedSegment[] = []
  for (let i = 0; i < log.segments.length - 1; i++) {
    const segment = log.segments[i]
    const next = log.segments[i + 1]
    // `logSegments(from, …)`: every segment holding an offset at or above `copyFrom`.
    if (!segment || !next || next.baseOffset <= copyFrom) continue
    copied.push({ segment, endOffset: next.baseOffset, copiedAt: now })
  }
  if (copied.length > 0) log.archive = [...log.archive, ...copied]
  return copied
}

export interface ExpiredArchiveSegment {
  readonly baseOffset: number
  readonly endOffset: number
  readonly recordCount: number
  readonly reason: RetentionReason
}

/**
 * Mutates `log`: the archive's retention (`RemoteLogManager.cleanupExpiredRemoteLogSegments`).
 * Walking from the oldest archived segment, each goes when it lies wholly below the log start offset,
 * when its newest record is at least `retention.ms` old (this check is `≤ now − retention.ms`, unlike
 * the local check's strict `>`), or while the partition's total size over `retention.bytes` still
 * covers it; the walk stops at the first segment kept. The total counts the archive plus the local
 * segments not archived yet, so `retention.bytes` bounds both tiers together. The log start offset
 * moves past what was expired.
 */
export function expireArchiveInPlace(
  log: PartitionLog,
  config: TopicConfig,
  now: number,
): readonly ExpiredArchiveSegment[] {
  const retentionMs = config['retention.ms']
  const retentionBytes = config['retention.bytes']
  let excess = retentionBytes >= 0 ? totalTieredSize(log) - retentionBytes : 0
  let count = 0
  const expired: ExpiredArchiveSegment[] = []
  for (const archived of log.archive) {
    const reason = expiryReason(archived)
    if (reason === null) break
    count++
    expired.push({
      baseOffset: archived.segment.baseOffset,
      endOffset: archived.endOffset,
      recordCount: archived.segment.count,
      reason,
    })
  }
  if (count === 0) return []
  const last = log.archive[count - 1]
  log.archive = log.archive.slice(count)
  if (last) raiseLogStartOffsetInPlace(log, last.endOffset)
  return expired

  function expiryReason(archived: ArchivedSegment): RetentionReason | null {
    const size = archived.segment.size
    if (archived.endOffset <= log.logStartOffset) return 'log-start-offset'
    if (retentionMs >= 0 && archived.segment.largestTimestamp <= now - retentionMs) {
      excess = Math.max(0, excess - size)
      return 'retention.ms'
    }
    if (retentionBytes >= 0 && excess > 0 && excess - size >= 0) {
      excess -= size
      return 'retention.bytes'
    }
    return null
  }
}

/** The archive's size plus the local segments it does not hold yet (`onlyLocalLogSegmentsSize`). */
function totalTieredSize(log: PartitionLog): number {
  const highest = highestArchivedOffset(log)
  let size = 0
  for (const archived of log.archive) size += archived.segment.size
  for (const segment of log.segments) if (segment.baseOffset > highest) size += segment.size
  return size
}
