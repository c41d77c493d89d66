import type { PartitionSnapshot, World } from '../sim'
import { segmentRecords } from '../sim'

/**
 * One partition of `world` in the snapshot's shape, without copying records: the log's records are
 * immutable and shared, so the view reads them as they are (100k records cost no allocation).
 */
export function partitionAt(
  world: World,
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
      records: segmentRecords(segment),
    })),
  }
}
