import { isArchivedSegment } from '../../derive/partitionAt'
import type { PartitionSnapshot, RecordSnapshot, SimEvent, TopicConfig } from '../../sim'
import type { RecordFate } from '../../derive/recordFate'
import { formatSimTime } from '../../derive/scene/format'

/**
 * Why a record is still in the log at the cursor, in the terms of the rules that keep it: the
 * active segment, retention by time, the cleaner checkpoint, the latest value per key, and a
 * tombstone's delete horizon, and on a tiered topic whether only the archive holds it. Pure, over
 * the partition as it is at the cursor (its archive included).
 */
export function whyStillHere(
  record: RecordSnapshot,
  partition: PartitionSnapshot,
  config: TopicConfig,
): string[] {
  const segmentIndex = partition.segments.findIndex(
    (s, i) =>
      s.baseOffset <= record.offset &&
      record.offset < (partition.segments[i + 1]?.baseOffset ?? Infinity),
  )
  const segment = partition.segments[segmentIndex]
  if (segment === undefined) return []
  const policy = config['cleanup.policy']
  const reasons: string[] = []
  if (isArchivedSegment(partition, segment.baseOffset)) {
    // Tiered storage: local.retention.ms took the broker's copy; retention.ms bounds the archive.
    reasons.push(
      `Only the archive (remote storage) holds it: the broker deleted its local copy by local.retention.ms, and a fetch here is a remote read.`,
    )
  }
  if (segment.active) {
    // Kafka's retention does delete a fully expired active segment (after rolling a new empty one);
    // only the cleaner leaves the active segment alone.
    if (policy !== 'delete')
      reasons.push('It is in the active segment, which the cleaner never cleans.')
    if (policy !== 'compact') {
      reasons.push(
        'Retention deletes the active segment only once all of it has expired, rolling a new empty segment first.',
        retentionReason(segment.records, config),
      )
    }
    return reasons
  }
  if (policy !== 'compact') reasons.push(retentionReason(segment.records, config))
  if (policy !== 'delete') reasons.push(compactionReason(record, partition))
  return reasons
}

function retentionReason(records: readonly RecordSnapshot[], config: TopicConfig): string {
  const retention = config['retention.ms']
  if (retention < 0) return 'retention.ms=-1: time retention never deletes this segment.'
  const newest = records.reduce((max, r) => Math.max(max, r.timestamp), -1)
  return (
    `Its segment's newest record has timestamp ${formatSimTime(newest)}; with ` +
    `retention.ms=${formatSimTime(retention)} the segment is due from ${formatSimTime(newest + retention)}, ` +
    'and the next retention check after that deletes it.'
  )
}

function compactionReason(record: RecordSnapshot, partition: PartitionSnapshot): string {
  const checkpoint = partition.cleanerCheckpoint
  if (checkpoint === null || record.offset >= checkpoint) {
    return `It is dirty: the cleaner checkpoint is ${checkpoint ?? 'not set yet'}, so no cleaning pass has read this offset.`
  }
  if (record.key === null) {
    return 'It has no key (written before the topic was compacted): the next cleaning pass that reads it drops it.'
  }
  const newer = newerRecordOfKey(partition, record)
  if (newer !== null) {
    const what = newer.value === null ? 'a tombstone' : 'a newer value'
    const early = record.value === null ? ', before its delete horizon' : ''
    return `Key "${record.key}" has ${what} at offset ${newer.offset}, past the cleaner checkpoint: this record goes at the first pass that reads offset ${newer.offset}${early}.`
  }
  if (record.value === null) {
    return record.deleteHorizonMs === undefined
      ? 'It is a tombstone no cleaning pass has stamped yet.'
      : `It is a tombstone: the cleaner keeps it until its delete horizon (${formatSimTime(record.deleteHorizonMs)}, delete.retention.ms after the pass that first kept it); the first pass after that removes it.`
  }
  return `It is the latest value of key "${record.key}": compaction keeps the latest value of every key.`
}

function newerRecordOfKey(
  partition: PartitionSnapshot,
  record: RecordSnapshot,
): RecordSnapshot | null {
  for (let s = partition.segments.length - 1; s >= 0; s--) {
    const records = partition.segments[s]?.records ?? []
    for (let i = records.length - 1; i >= 0; i--) {
      const r = records[i]
      if (r === undefined || r.offset <= record.offset) return null
      if (r.key === record.key) return r
    }
  }
  return null
}

/** What the inspector says of a record's life after the cursor. */
export type Later =
  | { readonly kind: 'removed' | 'will be removed'; readonly at: number; readonly by: SimEvent }
  | { readonly kind: 'stays to the end' | 'hidden' | 'nothing' }

/**
 * The record's removal (past or future) or its staying to the end of the scenario; when the
 * future is hidden (a lesson's prediction is still open), only a removal that has happened.
 */
export function laterOf(
  fate: RecordFate,
  cursor: number,
  present: boolean,
  hideFuture: boolean,
): Later {
  const { removedAt } = fate
  const by = fate.removedBy[0]
  if (removedAt !== null && by !== undefined && removedAt <= cursor)
    return { kind: 'removed', at: removedAt, by }
  if (!present) return { kind: 'nothing' }
  if (hideFuture) return { kind: 'hidden' }
  if (removedAt !== null && by !== undefined) return { kind: 'will be removed', at: removedAt, by }
  return removedAt === null ? { kind: 'stays to the end' } : { kind: 'nothing' }
}
