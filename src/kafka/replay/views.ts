import { segmentRecords } from '../../sim'
import type { World } from '../../sim'
import type { BrokerRecord } from '../client/types'

/** A partition's observable state, the same shape for the simulator and for a real broker. */
export interface PartitionView {
  readonly topic: string
  readonly partition: number
  readonly logStartOffset: number
  readonly logEndOffset: number
  /** The records a consumer can read, from the log start offset; timestamps in simulated time. */
  readonly records: readonly BrokerRecord[]
  /** Bytes (or size units) of all segments, or null when not known. */
  readonly size: number | null
  /** The segments' base offsets, oldest first, or null when not known (a remote cluster). */
  readonly segmentBaseOffsets: readonly number[] | null
}

/** One consumer poll, as the simulator or a real consumer saw it. */
export interface PollView {
  readonly consumer: string
  readonly at: number
  readonly from: number | null
  readonly count: number
  readonly firstOffset: number | null
  readonly lastOffset: number | null
  /** The position the consumer was at when the broker said OFFSET_OUT_OF_RANGE, and where it reset. */
  readonly outOfRange: { readonly position: number; readonly resetTo: number | null } | null
  /** The exception the application gets (`OffsetOutOfRangeException`, …), or null. */
  readonly error: string | null
  /** A single request (`consumer.fetch` with `singleRequest`): which one; absent for a whole poll. */
  readonly request?: 'listOffsets' | 'fetch'
  /** A single request's position after it (null: none yet); absent for a whole poll. */
  readonly positionAfter?: number | null
}

/**
 * A poll's view as one of a single request: the same fields, then which request and the position
 * after it (built here for both sides, so the compared JSON has its fields in one order).
 */
export function asRequest(
  poll: PollView,
  request: 'listOffsets' | 'fetch',
  positionAfter: number | null,
): PollView {
  return { ...poll, request, positionAfter }
}

/** The simulated world's partitions of the given topics. */
export function simulatedPartitions(world: World, topics: readonly string[]): PartitionView[] {
  const views: PartitionView[] = []
  for (const name of topics) {
    const topic = world.topics.get(name)
    if (!topic) continue
    for (const log of topic.partitions) {
      const records = log.segments
        .flatMap((segment) => segmentRecords(segment))
        .filter((r) => r.offset >= log.logStartOffset)
        .map(({ offset, key, value, timestamp }) => ({ offset, key, value, timestamp }))
      views.push({
        topic: name,
        partition: log.partition,
        logStartOffset: log.logStartOffset,
        logEndOffset: log.logEndOffset,
        records,
        size: log.segments.reduce((sum, s) => sum + s.size, 0),
        segmentBaseOffsets: log.segments.map((s) => s.baseOffset),
      })
    }
  }
  return views
}

/** The exception name of a simulator error such as "OffsetOutOfRangeException: …". */
export function exceptionName(error: string | null): string | null {
  if (error === null) return null
  return error.split(':')[0] ?? error
}
