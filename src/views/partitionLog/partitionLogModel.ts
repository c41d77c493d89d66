/**
 * The view model of one partition's log: what PartitionLogView draws, computed from a partition
 * snapshot. Pure, so it is tested without a DOM.
 */
import type { PartitionSnapshot, SegmentSnapshot } from '../../sim'

/** The views read the core's snapshot types as they are. */
export type PartitionInput = Pick<
  PartitionSnapshot,
  'partition' | 'logStartOffset' | 'logEndOffset' | 'cleanerCheckpoint' | 'segments'
>

/** One line of a segment's listing, in offset order. */
export type SegmentRow =
  | {
      readonly kind: 'record'
      readonly offset: number
      readonly key: string | null
      readonly value: string | null
      readonly timestamp: number
      /** A keyed record with a null value: a delete of its key in a compacted topic. */
      readonly isTombstone: boolean
    }
  /** Offsets `from`..`to` (inclusive) hold no record, e.g. because the cleaner removed them. */
  | { readonly kind: 'gap'; readonly from: number; readonly to: number }
  /** The cleaner checkpoint: offsets before it have been cleaned, offsets from it on are dirty. */
  | { readonly kind: 'checkpoint'; readonly offset: number }

export interface SegmentModel {
  readonly baseOffset: number
  /** Exclusive: the next segment's base offset, or the log end offset for the last segment. */
  readonly endOffset: number
  readonly active: boolean
  readonly recordCount: number
  readonly tombstoneCount: number
  readonly rows: readonly SegmentRow[]
}

/** A run of consecutive offsets that all hold a record (inclusive bounds). */
export interface OffsetRun {
  readonly from: number
  readonly to: number
}

export interface PartitionLogModel {
  readonly partition: number
  readonly logStartOffset: number
  readonly logEndOffset: number
  readonly cleanerCheckpoint: number | null
  readonly recordCount: number
  readonly segments: readonly SegmentModel[]
  /** Where records exist, as runs, for drawing the offset ruler without one mark per record. */
  readonly runs: readonly OffsetRun[]
}

/** Builds the rows of one segment covering offsets `[baseOffset, endOffset)`. */
function buildSegmentRows(
  segment: SegmentSnapshot,
  endOffset: number,
  checkpoint: number | null,
  isLast: boolean,
): SegmentRow[] {
  const rows: SegmentRow[] = []

  // Missing offsets [from, toExclusive), split by the checkpoint marker when it falls inside.
  const pushMissing = (from: number, toExclusive: number): void => {
    if (from >= toExclusive) return
    if (checkpoint !== null && checkpoint > from && checkpoint < toExclusive) {
      rows.push({ kind: 'gap', from, to: checkpoint - 1 })
      rows.push({ kind: 'checkpoint', offset: checkpoint })
      rows.push({ kind: 'gap', from: checkpoint, to: toExclusive - 1 })
      return
    }
    if (checkpoint === from) rows.push({ kind: 'checkpoint', offset: checkpoint })
    rows.push({ kind: 'gap', from, to: toExclusive - 1 })
  }

  let next = segment.baseOffset
  for (const record of segment.records) {
    pushMissing(next, record.offset)
    if (checkpoint === record.offset) rows.push({ kind: 'checkpoint', offset: checkpoint })
    rows.push({
      kind: 'record',
      offset: record.offset,
      key: record.key,
      value: record.value,
      timestamp: record.timestamp,
      isTombstone: record.key !== null && record.value === null,
    })
    next = Math.max(next, record.offset + 1)
  }
  pushMissing(next, endOffset)
  // A checkpoint at the log end offset (everything cleaned) sits after the last segment's rows.
  if (isLast && checkpoint === endOffset) rows.push({ kind: 'checkpoint', offset: checkpoint })
  return rows
}

/** Merges the offsets that hold records into runs of consecutive offsets. */
function buildRuns(segments: readonly SegmentSnapshot[]): OffsetRun[] {
  const runs: { from: number; to: number }[] = []
  for (const segment of segments) {
    for (const { offset } of segment.records) {
      const last = runs.at(-1)
      if (last !== undefined && offset === last.to + 1) last.to = offset
      else runs.push({ from: offset, to: offset })
    }
  }
  return runs
}

/** Computes what PartitionLogView shows for `partition`. */
export function buildPartitionLogModel(partition: PartitionInput): PartitionLogModel {
  const { segments, cleanerCheckpoint, logEndOffset } = partition
  const segmentModels = segments.map((segment, index): SegmentModel => {
    const isLast = index === segments.length - 1
    const endOffset = segments[index + 1]?.baseOffset ?? logEndOffset
    return {
      baseOffset: segment.baseOffset,
      endOffset,
      active: segment.active,
      recordCount: segment.records.length,
      tombstoneCount: segment.records.filter((record) => record.value === null).length,
      rows: buildSegmentRows(segment, endOffset, cleanerCheckpoint, isLast),
    }
  })
  return {
    partition: partition.partition,
    logStartOffset: partition.logStartOffset,
    logEndOffset,
    cleanerCheckpoint,
    recordCount: segmentModels.reduce((sum, segment) => sum + segment.recordCount, 0),
    segments: segmentModels,
    runs: buildRuns(segments),
  }
}

/** `4` or `4–6`: an inclusive offset range as it is printed. */
export function formatOffsetRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`
}
