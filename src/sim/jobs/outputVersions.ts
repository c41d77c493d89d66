import type { World } from '../world'

/**
 * The source of the value each output key holds, for guarded writers (see `output.ts`): by topic,
 * then partition, then the key's id in the world's key table (ids never change meaning, and the
 * versions go with the topic: `forgetOutputVersions`). Arrays read by id instead of a hash lookup
 * per output message.
 */
export type OutputVersions = Map<string, PartitionVersions[]>

/**
 * The last write's source per key id, in columns; undefined where the key was never written (the
 * columns are filled without holes, see `setSlot`).
 */
export interface PartitionVersions {
  /** The timestamp of the input record the write came from. */
  readonly timestamps: (number | undefined)[]
  /** The input topic and partition it was read from, and its offset there. */
  readonly inputTopics: (string | undefined)[]
  readonly inputPartitions: (number | undefined)[]
  readonly inputOffsets: (number | undefined)[]
}

/** Mutates `world`: the versions of `topic`'s partitions, ready to write. */
export function writableOutputVersions(world: World, topic: string): PartitionVersions[] {
  const versions = ownOutputVersions(world)
  let partitions = versions.get(topic)
  if (!partitions) {
    partitions = []
    versions.set(topic, partitions)
  }
  return partitions
}

export function emptyPartitionVersions(): PartitionVersions {
  return { timestamps: [], inputTopics: [], inputPartitions: [], inputOffsets: [] }
}

/** Mutates `world`: a deleted output starts over; a new topic of the same name has no versions. */
export function forgetOutputVersions(world: World, topic: string): void {
  if (world.outputVersions.has(topic)) ownOutputVersions(world).delete(topic)
}

/** Copy-on-write: keyframes share the versions until the next write after a copy. */
function ownOutputVersions(world: World): OutputVersions {
  if (world.outputVersionsShared) {
    const copy: OutputVersions = new Map()
    for (const [topic, partitions] of world.outputVersions) {
      copy.set(
        topic,
        partitions.map((versions) => ({
          timestamps: versions.timestamps.slice(),
          inputTopics: versions.inputTopics.slice(),
          inputPartitions: versions.inputPartitions.slice(),
          inputOffsets: versions.inputOffsets.slice(),
        })),
      )
    }
    world.outputVersions = copy
    world.outputVersionsShared = false
  }
  return world.outputVersions
}
