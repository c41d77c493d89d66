import type { World } from '../world'

/**
 * The source of the value each output key holds, for guarded writers (see `output.ts`): by topic,
 * then partition, then the key's id in the world's key table (ids never change meaning, and the
 * versions go with the topic: `forgetOutputVersions`). Arrays read by id instead of a hash lookup
 * per output message.
 */
export type OutputVersions = Map<string, PartitionVersions[]>

/**
 * The last write's source per key id: four numbers a key in `slots`, at `SLOT_WIDTH * id`: the
 * timestamp of the input record the write came from (NaN where the key was never written), the
 * input topic it was read from (`sourceTopicId`), its partition and its offset there. One typed
 * array instead of four arrays of values: a task run writes every output message's source, and
 * four scattered reads and writes per message (a string among them, with the write barrier a
 * pointer store costs) were among the hottest lines of the pipeline bench.
 */
export interface PartitionVersions {
  slots: Float64Array
}

export const SLOT_WIDTH = 4

/** The id of a source topic name in `PartitionVersions` (the same for every world; never reused). */
export function sourceTopicId(topic: string): number {
  // Consecutive messages usually come from one input: the same string, no lookup.
  if (topic === lastTopic) return lastTopicId
  let id = sourceTopicIds.get(topic)
  if (id === undefined) {
    id = sourceTopicIds.size
    sourceTopicIds.set(topic, id)
  }
  lastTopic = topic
  lastTopicId = id
  return id
}

const sourceTopicIds = new Map<string, number>()
let lastTopic: string | null = null
let lastTopicId = -1

/** Mutates `versions`: records the source of key `keyId`'s value (growing the slots as needed). */
export function setVersion(
  versions: PartitionVersions,
  keyId: number,
  timestamp: number,
  topicId: number,
  partition: number,
  offset: number,
): void {
  const at = keyId * SLOT_WIDTH
  if (at >= versions.slots.length) {
    const grown = new Float64Array(Math.max(at + SLOT_WIDTH, versions.slots.length * 2)).fill(NaN)
    grown.set(versions.slots)
    versions.slots = grown
  }
  const slots = versions.slots
  slots[at] = timestamp
  slots[at + 1] = topicId
  slots[at + 2] = partition
  slots[at + 3] = offset
}

/** Whether key `keyId` was ever written (its source is in the slots). */
export function hasVersion(versions: PartitionVersions, keyId: number): boolean {
  const timestamp = versions.slots[keyId * SLOT_WIDTH]
  return timestamp !== undefined && !Number.isNaN(timestamp)
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
  return { slots: new Float64Array(0) }
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
        partitions.map((versions) => ({ slots: versions.slots.slice() })),
      )
    }
    world.outputVersions = copy
    world.outputVersionsShared = false
  }
  return world.outputVersions
}
