import type { PartitionSnapshot, ReadonlyWorld, SegmentSnapshot } from '../sim'
import { cleaningOf, isTiered } from '../sim'
import { segmentSnapshot } from './segmentReadings'

/**
 * One partition of `world` in the snapshot's shape, without copying records: the log's records are
 * immutable and shared, so the view reads them as they are, and only when asked for
 * (`segmentSnapshot`).
 */
export function partitionAt(
  world: ReadonlyWorld,
  topic: string,
  partition: number,
): PartitionSnapshot | null {
  const state = world.topics.get(topic)
  const log = state?.partitions[partition]
  const replication = state?.replication[partition]
  if (log === undefined || replication === undefined) return null
  const last = log.segments.length - 1
  return {
    partition: log.partition,
    logStartOffset: log.logStartOffset,
    logEndOffset: log.logEndOffset,
    cleanerCheckpoint: log.cleanerCheckpoint,
    replicas: replication.replicas,
    leader: replication.leader,
    isr: replication.isr,
    highWatermark: log.logEndOffset,
    segments: log.segments.map((segment, index) => segmentSnapshot(segment, index === last)),
    ...cleaningOf(world, topic, partition),
  }
}

/**
 * The partition as a reader of a tiered topic sees it: the segments only the archive holds (below
 * the local log start offset, `isArchivedSegment`) first, then the broker's local segments, with
 * `localLogStartOffset` set. An untiered partition is `partitionAt`'s.
 */
export function partitionWithArchiveAt(
  world: ReadonlyWorld,
  topic: string,
  partition: number,
): PartitionSnapshot | null {
  const local = partitionAt(world, topic, partition)
  const state = world.topics.get(topic)
  const log = state?.partitions[partition]
  if (local === null || state === undefined || log === undefined) return local
  if (!isTiered(state.config)) return local
  const archiveOnly = log.archive
    .filter((archived) => archived.segment.baseOffset < log.localLogStartOffset)
    .map((archived): SegmentSnapshot => segmentSnapshot(archived.segment, false))
  return {
    ...local,
    localLogStartOffset: log.localLogStartOffset,
    segments: [...archiveOnly, ...local.segments],
  }
}

/** Whether a segment of `partitionWithArchiveAt`'s picture is only in the archive. */
export function isArchivedSegment(
  partition: Pick<PartitionSnapshot, 'localLogStartOffset'>,
  baseOffset: number,
): boolean {
  return partition.localLogStartOffset !== undefined && baseOffset < partition.localLogStartOffset
}
