import type { EventSink } from '../events'
import type { ProducedRecord } from '../log/record'
import { recordSize } from '../log/sizeModel'
import { produceBatch } from '../produce'
import type { SimScenario } from '../scenario'
import type { TopicState, World } from '../world'
import { samzaPartitionForKey } from './javaHash'
import type { JobState, TaskState } from './state'

/** An output message and the timestamp of the input record it came from. */
export interface PendingOutput {
  readonly key: string
  readonly value: string | null
  readonly sourceTimestamp: number
}

/**
 * Mutates `world`: sends a task's outputs to the job's output topic, partitioned as Samza's producer
 * does. With the guard on, a message whose source record is older than the newest source already
 * written for that key is dropped: a conditional write, as a database with a version column allows.
 * Without it, the last writer wins even with older data. Returns how many the guard dropped.
 */
export function sendOutputs(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  job: JobState,
  task: TaskState,
  outputs: readonly PendingOutput[],
): number {
  const topic = job.settings.output === null ? undefined : world.topics.get(job.settings.output)
  if (!topic) return 0
  const guarded = job.settings.outputGuard === 'newer-source-timestamp'
  let skipped = 0
  const byPartition = new Map<number, ProducedRecord[]>()
  for (const output of outputs) {
    const partition = samzaPartitionForKey(output.key, topic.partitions.length)
    const versionKey = outputVersionKey(topic, partition, output.key)
    const newest = world.outputVersions.get(versionKey)
    if (guarded && newest !== undefined && output.sourceTimestamp < newest) {
      skipped++
      continue
    }
    ownOutputVersions(world).set(versionKey, output.sourceTimestamp)
    const batch = byPartition.get(partition) ?? []
    batch.push({ key: output.key, value: output.value, timestamp: world.now })
    byPartition.set(partition, batch)
  }
  for (const [partition, records] of byPartition) {
    sendInBatches(
      world,
      scenario,
      sink,
      { topic: topic.name, partition, producer: job.app },
      records,
    )
    task.sent += records.length
  }
  return skipped
}

/**
 * Kafka's producer groups what a task sends to one partition into batches of up to `batch.size`
 * (16384 bytes by default); here, up to that many size units and never more than `segment.bytes`.
 */
export function sendInBatches(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  target: { readonly topic: string; readonly partition: number; readonly producer: string },
  records: readonly ProducedRecord[],
): void {
  const config = world.topics.get(target.topic)?.config
  if (!config) return
  const limit = Math.min(PRODUCER_BATCH_SIZE, config['segment.bytes'])
  let batch: ProducedRecord[] = []
  let size = 0
  for (const record of records) {
    const recordUnits = recordSize(scenario.sizeModel, record.key, record.value)
    if (batch.length > 0 && size + recordUnits > limit) {
      produceBatch(world, scenario, sink, target, batch)
      batch = []
      size = 0
    }
    batch.push(record)
    size += recordUnits
  }
  if (batch.length > 0) produceBatch(world, scenario, sink, target, batch)
}

/** Kafka's default producer `batch.size`. */
const PRODUCER_BATCH_SIZE = 16_384

function outputVersionKey(topic: TopicState, partition: number, key: string): string {
  return `${topic.name}\u0000${partition}\u0000${key}`
}

/** Copy-on-write: keyframes share the version map until the next write. */
function ownOutputVersions(world: World): Map<string, number> {
  if (world.outputVersionsShared) {
    world.outputVersions = new Map(world.outputVersions)
    world.outputVersionsShared = false
  }
  return world.outputVersions
}

/** Mutates `world`: a deleted output starts over; a new topic of the same name has no versions. */
export function forgetOutputVersions(world: World, topic: string): void {
  const prefix = `${topic}\u0000`
  const versions = ownOutputVersions(world)
  for (const key of [...versions.keys()]) if (key.startsWith(prefix)) versions.delete(key)
}
