import type { TopicConfig } from './log/config'
import { activeSegment } from './log/partition'
import { segmentRecords } from './log/segment'
import type { World } from './world'

/** The world as plain JSON: the headless runner's output, golden files and the first view. */
export interface WorldSnapshot {
  readonly time: number
  readonly topics: readonly TopicSnapshot[]
  readonly consumers: readonly ConsumerSnapshot[]
}

export interface TopicSnapshot {
  readonly name: string
  readonly config: TopicConfig
  readonly partitions: readonly PartitionSnapshot[]
}

export interface PartitionSnapshot {
  readonly partition: number
  readonly logStartOffset: number
  readonly logEndOffset: number
  readonly cleanerCheckpoint: number | null
  readonly segments: readonly SegmentSnapshot[]
}

export interface SegmentSnapshot {
  readonly baseOffset: number
  readonly active: boolean
  readonly records: readonly RecordSnapshot[]
}

export interface RecordSnapshot {
  readonly offset: number
  readonly key: string | null
  readonly value: string | null
  readonly timestamp: number
  /** Present once a cleaning pass has stamped the tombstone's delete horizon (KIP-534). */
  readonly deleteHorizonMs?: number
}

export interface ConsumerSnapshot {
  readonly name: string
  readonly topic: string
  readonly partition: number
  readonly position: number | null
  readonly lastError: string | null
  readonly received: number
}

export function snapshotWorld(world: World): WorldSnapshot {
  return {
    time: world.now,
    topics: [...world.topics.values()].map((topic) => ({
      name: topic.name,
      config: topic.config,
      partitions: topic.partitions.map((log) => {
        const active = activeSegment(log)
        return {
          partition: log.partition,
          logStartOffset: log.logStartOffset,
          logEndOffset: log.logEndOffset,
          cleanerCheckpoint: log.cleanerCheckpoint,
          segments: log.segments.map((segment) => ({
            baseOffset: segment.baseOffset,
            active: segment === active,
            records: segmentRecords(segment).map((r) => ({
              offset: r.offset,
              key: r.key,
              value: r.value,
              timestamp: r.timestamp,
              ...(r.deleteHorizonMs === undefined ? {} : { deleteHorizonMs: r.deleteHorizonMs }),
            })),
          })),
        }
      }),
    })),
    consumers: [...world.consumers.values()].map((c) => ({
      name: c.name,
      topic: c.topic,
      partition: c.partition,
      position: c.position,
      lastError: c.lastError,
      received: c.received,
    })),
  }
}
