import type { EventSink } from '../events'
import type { ProducedRecord } from '../log/record'
import { recordSize } from '../log/sizeModel'
import { produceToTopic } from '../produce'
import type { OutputGuard, SimScenario } from '../simScenario'
import type { TopicState, World } from '../world'
import { samzaPartitionOf } from '../keyHashes'
import type { PartitionVersions } from './outputVersions'
import {
  emptyPartitionVersions,
  hasVersion,
  setVersion,
  SLOT_WIDTH,
  sourceTopicId,
  writableOutputVersions,
} from './outputVersions'
import type { JobState, TaskInput, TaskState } from './state'

/**
 * What a task run sends, as columns reused from run to run (`length` entries in use): each message
 * as the producer sends it (timestamped when the task sends it, its key interned), and the input
 * record it came from: its timestamp, the input it was read from (topic, partition) and its offset.
 */
export interface PendingOutputs {
  length: number
  /** Past `length`, spare message objects the next runs reuse (holding no value). */
  readonly messages: readonly (OutputMessage | undefined)[]
  readonly sourceTimestamps: number[]
  readonly sourceInputs: (TaskInput | undefined)[]
  readonly sourceOffsets: number[]
}

export interface OutputMessage extends ProducedRecord {
  readonly key: string
  readonly keyId: number
}

/**
 * Mutates `world`: sends a task's outputs to the job's output topic (`topic`, looked up by the run,
 * undefined when it is gone), partitioned as Samza's producer
 * does. With a guard on, a message is dropped when its source record is older than the source of
 * what its key already holds: a conditional write, as a database with a version column allows.
 * `newer-source-timestamp` compares the input records' timestamps, which can tie or go backwards;
 * `newer-input-offset` compares input offsets, which only order records read from one input
 * partition, so a message whose key was last written from another partition is written. Without a
 * guard the last writer wins even with older data. Returns how many the guard dropped.
 */
export function sendOutputs(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  job: JobState,
  task: TaskState,
  topic: TopicState | undefined,
  outputs: PendingOutputs,
): number {
  if (!topic || outputs.length === 0) return 0
  const guard = job.settings.outputGuard
  let skipped = 0
  clearBuckets()
  const versions = writableOutputVersions(world, topic.name)
  for (let i = 0; i < outputs.length; i++) {
    const message = outputs.messages[i]
    if (!message) continue
    const partition = samzaPartitionOf(world.keyTable, message.keyId, topic.partitions.length)
    if (partition >= topic.partitions.length) continue // unreachable: a hash modulo the count
    const keyVersions = (versions[partition] ??= emptyPartitionVersions())
    const id = message.keyId
    if (guard !== 'none' && isOlder(guard, outputs, i, id, keyVersions)) {
      skipped++
      continue
    }
    const input = outputs.sourceInputs[i]
    setVersion(
      keyVersions,
      id,
      outputs.sourceTimestamps[i] ?? 0,
      sourceTopicId(input?.topic ?? ''),
      input?.partition ?? -1,
      outputs.sourceOffsets[i] ?? -1,
    )
    addToBucket(partition, message)
  }
  for (let i = 0; i < usedCount; i++) {
    const partition = bucketOrder[i] ?? 0
    const count = bucketLengths[partition] ?? 0
    sendInBatches(world, scenario, sink, topic, partition, job.app, buckets[partition] ?? [], count)
    task.sent += count
  }
  clearBuckets()
  return skipped
}

/**
 * `sendOutputs`' messages by partition (`bucketLengths[p]` of bucket `p` in use), and the partitions
 * in the order first sent to (`usedCount` of them). Reused by every call: a task run often sends
 * one or two messages, and a Map and arrays made per run were a large share of a long run's
 * allocations; so was emptying the arrays by their length (V8 then frees their room, and the next
 * message allocates it again). Nothing keeps the messages (a batch's records are copied into the
 * log): `clearBuckets` drops them after each use.
 */
const buckets: (ProducedRecord | undefined)[][] = []
const bucketLengths: number[] = []
const bucketOrder: number[] = []
let usedCount = 0

/** Mutates the buckets: adds `message` to the bucket of `partition`. */
function addToBucket(partition: number, message: ProducedRecord): void {
  const bucket = (buckets[partition] ??= [])
  const length = bucketLengths[partition] ?? 0
  if (length === 0) bucketOrder[usedCount++] = partition
  bucket[length] = message
  bucketLengths[partition] = length + 1
}

function clearBuckets(): void {
  for (let i = 0; i < usedCount; i++) {
    const partition = bucketOrder[i] ?? 0
    const bucket = buckets[partition]
    // A loop, not fill(): a bucket usually holds one or two messages, and the builtin's call cost
    // more than the stores (a visible share of a task run in the pipeline profile).
    const length = bucketLengths[partition] ?? 0
    if (bucket) for (let j = 0; j < length; j++) bucket[j] = undefined
    bucketLengths[partition] = 0
  }
  usedCount = 0
}

/** Whether message `i`'s source is older than that of the value its key holds (never for a new key). */
function isOlder(
  guard: Exclude<OutputGuard, 'none'>,
  outputs: PendingOutputs,
  i: number,
  keyId: number,
  versions: PartitionVersions,
): boolean {
  if (!hasVersion(versions, keyId)) return false
  const at = keyId * SLOT_WIDTH
  const slots = versions.slots
  if (guard === 'newer-source-timestamp') {
    return (outputs.sourceTimestamps[i] ?? 0) < (slots[at] ?? NaN)
  }
  const input = outputs.sourceInputs[i]
  return (
    slots[at + 1] === sourceTopicId(input?.topic ?? '') &&
    slots[at + 2] === (input?.partition ?? -1) &&
    (outputs.sourceOffsets[i] ?? -1) < (slots[at + 3] ?? NaN)
  )
}

/**
 * Kafka's producer groups what a task sends to one partition into batches of up to `batch.size`
 * (16384 bytes by default); here, up to that many size units and never more than `segment.bytes`.
 */
export function sendInBatches(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  topic: TopicState,
  partition: number,
  producer: string,
  records: readonly (ProducedRecord | undefined)[],
  count = records.length,
): void {
  const config = topic.config
  const limit = Math.min(PRODUCER_BATCH_SIZE, config['segment.bytes'])
  // Batches are ranges [start, i) of the first `count` records; usually there is one.
  let start = 0
  let size = 0
  for (let i = 0; i < count; i++) {
    const record = records[i]
    if (!record) break
    const recordUnits = recordSize(scenario.sizeModel, record.key, record.value)
    if (i > start && size + recordUnits > limit) {
      produceToTopic(world, scenario, sink, topic, partition, producer, records, start, i)
      start = i
      size = 0
    }
    size += recordUnits
  }
  if (start < count)
    produceToTopic(world, scenario, sink, topic, partition, producer, records, start, count)
}

/** Kafka's default producer `batch.size`. */
const PRODUCER_BATCH_SIZE = 16_384
