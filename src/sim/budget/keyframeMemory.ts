import type { World } from '../world'

/** Rough bytes of a segment's own object and its place in a keyframe's segment list. */
const SEGMENT_BYTES = 120
/** Rough bytes per slot of a job store's value array (a pointer and, often, a string). */
const STORE_SLOT_BYTES = 24

/**
 * The storage a keyframe holds, counted once across keyframes: record columns and job stores are
 * shared between a world and its copies until one side writes, so `seen` remembers each typed array
 * or store array already counted by an earlier keyframe. Estimated, not measured: enough to keep
 * keyframes from holding a copy of the log per cleaner pass.
 */
export function keyframeBytes(world: World, seen: Set<object>): number {
  let bytes = 0
  for (const topic of world.topics.values()) {
    for (const log of topic.partitions) {
      for (const segment of log.segments) {
        bytes += SEGMENT_BYTES
        const columns = segment.columns
        if (seen.has(columns.offsets)) continue
        seen.add(columns.offsets)
        bytes +=
          columns.offsets.byteLength +
          columns.timestamps.byteLength +
          columns.sizes.byteLength +
          columns.keyIds.byteLength +
          columns.producerIds.byteLength +
          columns.valueStarts.byteLength +
          columns.valueLengths.byteLength +
          columns.valueChars.byteLength
      }
    }
  }
  for (const job of world.jobs.values()) {
    for (const task of job.tasks) {
      if (seen.has(task.store.values)) continue
      seen.add(task.store.values)
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
