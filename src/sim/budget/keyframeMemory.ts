import { usedCapacity } from '../log/recordColumns'
import type { World } from '../world'

/** Rough bytes of a segment's own object. */
const SEGMENT_BYTES = 112
/** Bytes of a segment's place in a keyframe's segment list. */
const SLOT_BYTES = 8
/**
 * Bytes of one row in the numeric record columns at most, counted as offset and timestamp
 * (float64) and five int32s: rows now store at most the two and four int32s, and columns that hold
 * one value for every row store no offsets, sizes or producers (see `RecordColumns`), so the count
 * errs high, on the side of fewer keyframes.
 */
const ROW_BYTES = 2 * 8 + 5 * 4
/** Bytes of one UTF-16 code unit of a value at most (one while a log holds only Latin-1 units). */
const CHAR_BYTES = 2
/** Rough bytes per slot of a job store's value array (a pointer and, often, a string). */
const STORE_SLOT_BYTES = 24

/**
 * What earlier keyframes already counted of what they share: by record columns, the rows
 * counted; by segment and by job store array, that it was counted.
 */
export type CountedStorage = Map<object, number>

/**
 * The storage a keyframe holds, counted once across keyframes. Record columns are shared between
 * a world and its copies, and a keyframe owns only rows [0, count) of each segment's columns: the
 * rows the live world appends after it, and the room reserved for them, are not the keyframe's.
 * So a segment costs its place in the keyframe's list, its object once, and the rows up to its
 * count that no earlier keyframe counted (`counted`); job stores, shared until one side writes,
 * cost once per array. Estimated, not measured: enough to keep keyframes from holding a copy of
 * the log per cleaner pass.
 */
export function keyframeBytes(world: World, counted: CountedStorage): number {
  let bytes = 0
  for (const topic of world.topics.values()) {
    for (const log of topic.partitions) {
      for (const segment of log.segments) {
        bytes += SLOT_BYTES
        // Sealed segments are shared by the keyframes that hold them; an active one is a copy.
        if (!counted.has(segment)) bytes += SEGMENT_BYTES
        counted.set(segment, 1)
        const { columns, count } = segment
        const before = counted.get(columns) ?? 0
        if (count <= before) continue
        counted.set(columns, count)
        const chars = usedCapacity(columns, count).chars - usedCapacity(columns, before).chars
        bytes += (count - before) * ROW_BYTES + chars * CHAR_BYTES
      }
    }
  }
  for (const job of world.jobs.values()) {
    for (const task of job.tasks) {
      if (counted.has(task.store.values)) continue
      counted.set(task.store.values, 1)
      bytes += (task.store.values.length + task.store.dirty.length) * STORE_SLOT_BYTES
    }
  }
  return bytes
}

/** Segments in the world: what copying it for a keyframe costs in work. */
export function segmentCount(world: World): number {
  let segments = 0
  for (const topic of world.topics.values()) {
    for (const log of topic.partitions) segments += log.segments.length
  }
  return segments
}
