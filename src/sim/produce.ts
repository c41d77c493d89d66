import type { EventSink } from './events'
import type { Refilled } from './refilled'
import { ignoreEvents } from './events'
import type { AppendContext } from './log/partition'
import { appendBatchInPlace } from './log/partition'
import { TOPIC_CONFIG_DEFAULTS } from './log/config'
import type { ProducedRecord } from './log/record'
import { kafkaPartitionOf } from './keyHashes'
import { NO_KEY, internKey } from './log/keyTable'
import { createRng, nextIntInPlace } from './random'
import { setSlot } from './denseSlots'
import { wakeReaders } from './jobs/wake'
import { hasLeader } from './cluster/brokers'
import type { ProducerSpec, SimScenario } from './simScenario'
import type { ProducerState, TopicState, World } from './world'

/**
 * Mutates `world`: sends one batch to a topic, choosing the partition as Kafka's default partitioner
 * does when none is given (murmur2 of the key). Keyless records without a partition go to partition 0.
 * Simplification: Kafka's sticky partitioner spreads keyless batches; one partition keeps it legible.
 * A broker rejection (e.g. `INVALID_RECORD`) is an event; the return value is a reason the send could
 * not even be addressed (unknown topic or partition), or null. The batch is records [from, to) of
 * `records` (all of them by default), so a sender's reused arrays need no copy per batch.
 */
export function produceBatch(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  target: { topic: string; partition: number | null; producer: string | null },
  records: readonly (ProducedRecord | undefined)[],
  from = 0,
  to = records.length,
): string | null {
  const topic = world.topics.get(target.topic)
  if (!topic) return noSuchTopic(target.topic)
  const { partition, producer } = target
  return produceToTopic(world, scenario, sink, topic, partition, producer, records, from, to)
}

function noSuchTopic(name: string): string {
  return `topic ${name} does not exist`
}

/**
 * `produceBatch` to a topic already looked up by its name, the target's partition and producer
 * given apart: a task run sends to its output topic and a generated producer to its topic hundreds
 * of thousands of times, and each send looked the topic up again (a hash lookup beside the run's
 * others) and made a target object.
 */
export function produceToTopic(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  topic: TopicState,
  targetPartition: number | null,
  producer: string | null,
  records: readonly (ProducedRecord | undefined)[],
  from = 0,
  to = records.length,
): string | null {
  const partition =
    targetPartition ?? defaultPartition(world, records[from], topic.partitions.length)
  const log = topic.partitions[partition]
  if (!log) return `${topic.name} has no partition ${partition}`
  if (!hasLeader(topic, partition)) {
    // Simplification: a real producer retries until delivery.timeout.ms (2 min); here the send fails.
    sink({
      type: 'produce.rejected',
      time: world.now,
      topic: topic.name,
      partition,
      error: 'LEADER_NOT_AVAILABLE',
      reason: 'the partition is offline',
      count: to - from,
      producer,
    })
    return null
  }
  const ctx = appendContext
  ctx.config = topic.config
  ctx.sizeModel = scenario.sizeModel
  ctx.now = world.now
  ctx.jitterRng = world.brokerRng
  ctx.producer = producer
  const result = appendBatchInPlace(log, records, ctx, from, to)
  if (!result.ok) {
    sink({
      type: 'produce.rejected',
      time: world.now,
      topic: topic.name,
      partition,
      error: result.error,
      reason: result.reason,
      count: to - from,
      producer,
    })
    return null
  }
  // Read at once: the accepted result is refilled by the next append.
  const { baseOffset, rolled } = result
  wakeReaders(world, topic.name, partition)
  if (rolled) {
    sink({
      type: 'segment.rolled',
      time: world.now,
      topic: topic.name,
      partition,
      baseOffset,
      reason: rolled,
    })
  }
  // One event per record is the largest allocation of a long replay; skip it when nobody listens.
  if (sink === ignoreEvents) return null
  let offset = baseOffset
  for (let i = from; i < to; i++) {
    const r = records[i]
    if (!r) break
    sink({
      type: 'record.appended',
      time: world.now,
      topic: topic.name,
      partition,
      offset: offset++,
      batchBaseOffset: baseOffset,
      key: r.key,
      value: r.value,
      timestamp: r.timestamp,
      producer,
    })
  }
  return null
}

/**
 * The context of every append made here, refilled by each: two million batches are appended in
 * the pipeline bench, and an object made per append was among its largest allocations. Nothing
 * keeps it past its append.
 */
const appendContext: Refilled<AppendContext> = {
  config: TOPIC_CONFIG_DEFAULTS,
  sizeModel: 'records',
  now: 0,
  jitterRng: createRng(0),
  producer: null,
}

/** Kafka's default partitioner for a record sent without a partition; keyless ones go to 0. */
function defaultPartition(
  world: World,
  record: ProducedRecord | undefined,
  partitions: number,
): number {
  if (!record || record.key === null) return 0
  const keyId = record.keyId ?? internKey(world.keyTable, record.key)
  return kafkaPartitionOf(world.keyTable, keyId, partitions)
}

/** When the producer sends its `index`-th record (integer ms, no drift). */
export function produceTime(scenario: SimScenario, producer: number, index: number): number | null {
  const spec = scenario.producers[producer]
  if (!spec) return null
  const time = spec.startMs + Math.floor((index * 1000) / spec.recordsPerSecond)
  return time < spec.stopMs && time <= scenario.durationMs ? time : null
}

/** Mutates `state`: the world key table's id of the producer's `k`-th key (interned once). */
function generatedKeyId(world: World, state: ProducerState, keys: KeySpace, k: number): number {
  const known = state.keyIds[k]
  if (known !== undefined) return known
  const id = internKey(world.keyTable, `${keys.prefix}${k}`)
  setSlot(state.keyIds, k, id)
  return id
}

type KeySpace = NonNullable<ProducerSpec['keys']>

/**
 * The one-record batch a generated send appends, reused by every send: a producer sends each
 * record on its own (a million times in the pipeline bench), and nothing keeps the record object
 * (the log copies its fields into its columns, events copy its key and value). Emptied after use.
 */
const generated: { key: string | null; value: string | null; timestamp: number; keyId: number } = {
  key: null,
  value: null,
  timestamp: 0,
  keyId: NO_KEY,
}
const generatedBatch: readonly ProducedRecord[] = [generated]

/** Mutates `world`: draws and sends the producer's next generated record. */
export function sendGeneratedRecord(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  producer: number,
): void {
  const spec = scenario.producers[producer]
  const state = world.producers[producer]
  if (!spec || !state) return
  const index = state.sent++
  let key: string | null = null
  let keyId = NO_KEY
  if (spec.keys) {
    const k =
      spec.keys.pick === 'sequential'
        ? index % spec.keys.count
        : nextIntInPlace(state.rng, spec.keys.count)
    keyId = generatedKeyId(world, state, spec.keys, k)
    key = world.keyTable.keys[keyId] ?? null
  }
  let value: string | null
  const values = spec.values
  switch (values.pattern) {
    case 'index':
      value = `${values.prefix}${index}`
      break
    case 'random':
      value = `${values.prefix}${nextIntInPlace(state.rng, values.max)}`
      break
    case 'choice':
      value = values.options[nextIntInPlace(state.rng, values.options.length)] ?? ''
      break
  }
  if (
    spec.tombstonePerMille > 0 &&
    key !== null &&
    nextIntInPlace(state.rng, 1000) < spec.tombstonePerMille
  )
    value = null
  generated.key = key
  generated.value = value
  generated.timestamp = world.now
  generated.keyId = keyId
  const topic = world.topics.get(spec.topic)
  const unknown =
    topic === undefined
      ? noSuchTopic(spec.topic)
      : produceToTopic(world, scenario, sink, topic, spec.partition, spec.name, generatedBatch)
  generated.key = null
  generated.value = null
  if (unknown !== null) {
    sink({
      type: 'produce.rejected',
      time: world.now,
      topic: spec.topic,
      partition: spec.partition ?? 0,
      error: 'UNKNOWN_TOPIC_OR_PARTITION',
      reason: unknown,
      count: 1,
      producer: spec.name,
    })
  }
}
