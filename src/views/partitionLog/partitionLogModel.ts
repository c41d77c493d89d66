/**
 * The view model of one partition's log: what PartitionLogView draws, computed from a partition
 * snapshot. Pure, so it is tested without a DOM.
 */
import { isArchivedSegment } from '../../derive/partitionAt'
import type { PartitionSnapshot, SegmentSnapshot } from '../../sim'

/** The views read the core's snapshot types as they are. */
export type PartitionInput = Pick<
  PartitionSnapshot,
  | 'partition'
  | 'logStartOffset'
  | 'logEndOffset'
  | 'cleanerCheckpoint'
  | 'segments'
  | 'localLogStartOffset'
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
  /** In the archive only (tiered storage): a fetch here is a remote read. */
  readonly archived: boolean
  readonly recordCount: number
  readonly tombstoneCount: number
  readonly rows: readonly SegmentRow[]
}

export interface PartitionLogModel {
  readonly partition: number
  readonly logStartOffset: number
  readonly logEndOffset: number
  readonly cleanerCheckpoint: number | null
  readonly recordCount: number
  readonly segments: readonly SegmentModel[]
}

/** Offsets `[from, to)` to list; the rest of the log is left out of the rows. */
export interface RowRange {
  readonly from: number
  readonly to: number
}

const EVERYTHING: RowRange = { from: 0, to: Infinity }

/** Builds the rows of one segment covering offsets `[baseOffset, endOffset)` within `range`. */
function buildSegmentRows(
  segment: SegmentSnapshot,
  segmentEnd: number,
  checkpoint: number | null,
  isLast: boolean,
  range: RowRange,
): SegmentRow[] {
  const endOffset = Math.min(segmentEnd, range.to)
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

  let next = Math.max(segment.baseOffset, range.from)
  for (const record of segment.records) {
    if (record.offset < next) continue
    if (record.offset >= endOffset) break
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
  if (isLast && checkpoint === segmentEnd && endOffset === segmentEnd)
    rows.push({ kind: 'checkpoint', offset: checkpoint })
  return rows
}

/**
 * Computes the listing of `partition`: every segment that overlaps `range`, with the rows of the
 * offsets inside it (the whole log by default).
 */
export function buildPartitionLogModel(
  partition: PartitionInput,
  range: RowRange = EVERYTHING,
): PartitionLogModel {
  const { segments, cleanerCheckpoint, logEndOffset } = partition
  const segmentModels: SegmentModel[] = []
  segments.forEach((segment, index) => {
    const isLast = index === segments.length - 1
    const endOffset = segments[index + 1]?.baseOffset ?? logEndOffset
    if (segment.baseOffset >= range.to || Math.max(endOffset, segment.baseOffset + 1) <= range.from)
      return
    segmentModels.push({
      baseOffset: segment.baseOffset,
      endOffset,
      active: segment.active,
      archived: isArchivedSegment(partition, segment.baseOffset),
      recordCount: segment.records.length,
      tombstoneCount: segment.records.filter((r) => r.key !== null && r.value === null).length,
      rows: buildSegmentRows(segment, endOffset, cleanerCheckpoint, isLast, range),
    })
  })
  return {
    partition: partition.partition,
    logStartOffset: partition.logStartOffset,
    logEndOffset,
    cleanerCheckpoint,
    recordCount: segmentModels.reduce((sum, segment) => sum + segment.recordCount, 0),
    segments: segmentModels,
  }
}

/** `4` or `4–6`: an inclusive offset range as it is printed. */
export function formatOffsetRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`
}
