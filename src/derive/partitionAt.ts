import type { PartitionSnapshot, ReadonlyWorld, RecordSnapshot, SegmentSnapshot } from '../sim'
import { cleaningOf, isTiered, segmentRecords } from '../sim'

type ReadonlySegment = Parameters<typeof segmentRecords>[0]

/**
 * Each segment's records as last read, by segment. A sealed segment never changes and is shared
 * by every world copied from the same keyframe, so scrubbing re-reads only the active segments
 * (a new array of every record of every lane on each step was the largest cost of a scrub with
 * jobs). A segment that grew since is read again.
 */
const recordsBySegment = new WeakMap<ReadonlySegment, readonly RecordSnapshot[]>()

function recordsOf(segment: ReadonlySegment): readonly RecordSnapshot[] {
  const cached = recordsBySegment.get(segment)
  if (cached !== undefined && cached.length === segment.count) return cached
  const records = segmentRecords(segment)
  recordsBySegment.set(segment, records)
  return records
}

/**
 * One partition of `world` in the snapshot's shape, without copying records: the log's records are
 * immutable and shared, so the view reads them as they are (100k records cost no allocation).
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
    segments: log.segments.map((segment, index) => ({
      baseOffset: segment.baseOffset,
      active: index === last,
      records: recordsOf(segment),
    })),
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
    .map((archived): SegmentSnapshot => ({
      baseOffset: archived.segment.baseOffset,
      active: false,
      records: recordsOf(archived.segment),
    }))
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
