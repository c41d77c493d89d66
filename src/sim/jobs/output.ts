import type { EventSink } from '../events'
import type { ProducedRecord } from '../log/record'
import { recordSize } from '../log/sizeModel'
import { produceBatch } from '../produce'
import type { SimScenario } from '../simScenario'
import type { World } from '../world'
import { samzaPartitionOf } from '../keyHashes'
import { writableOutputVersions } from './outputVersions'
import type { JobState, TaskState } from './state'

/**
 * An output message as the producer sends it (timestamped when the task sends it, its key interned),
 * with the timestamp of the input record it came from.
 */
export interface PendingOutput extends ProducedRecord {
  readonly key: string
  readonly keyId: number
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
  if (!topic || outputs.length === 0) return 0
  const guarded = job.settings.outputGuard === 'newer-source-timestamp'
  let skipped = 0
  const byPartition = new Map<number, ProducedRecord[]>()
  const versions = writableOutputVersions(world, topic.name)
  for (const output of outputs) {
    const partition = samzaPartitionOf(world.keyTable, output.keyId, topic.partitions.length)
    const log = topic.partitions[partition]
    if (!log) continue // unreachable: the partition is a hash modulo the partition count
    const keyVersions = (versions[partition] ??= [])
    if (guarded) {
      const newest = keyVersions[output.keyId]
      if (newest !== undefined && output.sourceTimestamp < newest) {
        skipped++
        continue
      }
    }
    keyVersions[output.keyId] = output.sourceTimestamp
    const batch = byPartition.get(partition)
    if (batch) batch.push(output)
    else byPartition.set(partition, [output])
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
  // Batches are slices [start, i) of `records`; usually there is one, and it is `records` itself.
  let start = 0
  let size = 0
  for (let i = 0; i < records.length; i++) {
    const record = records[i]
    if (!record) break
    const recordUnits = recordSize(scenario.sizeModel, record.key, record.value)
    if (i > start && size + recordUnits > limit) {
      produceBatch(world, scenario, sink, target, records.slice(start, i))
      start = i
      size = 0
    }
    size += recordUnits
  }
  if (start < records.length) {
    produceBatch(world, scenario, sink, target, start === 0 ? records : records.slice(start))
  }
}

/** Kafka's default producer `batch.size`. */
const PRODUCER_BATCH_SIZE = 16_384
