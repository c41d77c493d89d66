import type { World } from '../world'

/**
 * The newest source timestamp written per output key, for guarded writers (see `output.ts`): by
 * topic, then partition, then key. Nested rather than keyed by one joined string, so a write looks
 * up the key string itself (whose hash the engine keeps) instead of building and hashing a new one.
 */
export type OutputVersions = Map<string, Map<string, number>[]>

/** Mutates `world`: the version maps of `topic`'s partitions, ready to write. */
export function writableOutputVersions(world: World, topic: string): Map<string, number>[] {
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
        partitions.map((versions) => new Map(versions)),
      )
    }
    world.outputVersions = copy
    world.outputVersionsShared = false
  }
  return world.outputVersions
}
