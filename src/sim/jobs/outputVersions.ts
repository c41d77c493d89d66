import type { World } from '../world'

/**
 * The newest source timestamp written per output key, for guarded writers (see `output.ts`): by
 * topic, then partition, then the key's id in the world's key table (ids never change meaning,
 * and the versions go with the topic: `forgetOutputVersions`). An array read by id
 * instead of a hash lookup per output message.
 */
export type OutputVersions = Map<string, PartitionVersions[]>

/** Newest source timestamp by key id; a hole where the key was never written. */
export type PartitionVersions = number[]

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
        partitions.map((versions) => versions.slice()),
      )
    }
    world.outputVersions = copy
    world.outputVersionsShared = false
  }
  return world.outputVersions
}
