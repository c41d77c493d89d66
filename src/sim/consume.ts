import type { EventSink } from './events'
import { isOnline } from './cluster/brokers'
import type { FetchResult } from './log/fetch'
import { fetchFrom, fetchOneSegment } from './log/fetch'
import type { PartitionLog } from './log/partition'
import type { ConsumerSettingsOverrides } from './simScenario'
import type { ConsumerState, World } from './world'
import { findPartition } from './world'

interface Reading {
  readonly consumer: ConsumerState
  readonly log: PartitionLog
  readonly at: { readonly time: number; readonly topic: string; readonly partition: number }
}

/**
 * Mutates `world`: one poll of a plain Kafka consumer. Without a position it starts where
 * `auto.offset.reset` says (as with no committed offset); with `none` it fails with
 * NoOffsetForPartitionException and stays without a position. An out-of-range position is reset to the
 * log start offset (`earliest`) or the log end offset (`latest`); with `none` the error is kept and
 * the position does not move. Records between the stale position and the new one are never delivered.
 */
export function pollConsumer(
  world: World,
  sink: EventSink,
  name: string,
  maxRecords: number,
): string | null {
  return fetchForConsumer(world, sink, name, maxRecords, false)
}

/**
 * Mutates `world`: a poll, or with `singleRequest` the one request a poll would send next
 * (`sendRequest`). A string when the action is refused.
 */
export function fetchForConsumer(
  world: World,
  sink: EventSink,
  name: string,
  maxRecords: number,
  singleRequest: boolean,
): string | null {
  const reading = readingOf(world, name)
  if (typeof reading === 'string') return reading
  if (!isOnline(world, reading.consumer.topic, reading.consumer.partition)) {
    failOffline(reading, sink)
    return null
  }
  if (singleRequest) sendRequest(reading, sink, maxRecords)
  else poll(reading, sink, maxRecords)
  return null
}

function poll(reading: Reading, sink: EventSink, maxRecords: number): void {
  const { consumer, log, at } = reading
  let position = consumer.position ?? positionWithoutOffset(reading, sink)
  if (position === null) return
  // A single request left the partition awaiting its reset: the poll's ListOffsets comes first.
  if (consumer.awaitingReset) position = resetAwaited(reading, sink, position)
  let result = fetchFrom(log, position, maxRecords)
  if (!result.ok) {
    const stale = position
    const reset = resetPosition(consumer, log)
    sink({
      type: 'consumer.offsetOutOfRange',
      ...at,
      consumer: consumer.name,
      position: stale,
      reset: consumer.autoOffsetReset,
      newPosition: reset,
      skipped: reset === null ? 0 : Math.max(0, reset - stale),
    })
    if (reset === null) {
      consumer.lastError = `OffsetOutOfRangeException: ${result.reason}`
      return
    }
    position = reset
    consumer.position = reset
    result = fetchFrom(log, reset, maxRecords)
    if (!result.ok) return
  }
  deliver(reading, sink, position, result)
}

/**
 * Mutates the consumer: its next single request to the broker, where a poll would chain
 * several. Without a position, or with the partition awaiting a reset, that request is a ListOffsets
 * by `auto.offset.reset` (the position moves, nothing is read); otherwise it is one Fetch, whose
 * response holds records of one segment. An OFFSET_OUT_OF_RANGE response only marks the partition
 * for reset (Kafka's FetchCollector calls `requestOffsetResetIfPartitionAssigned`), so the error and
 * the reset are two steps; with `none` the error goes to the application and nothing is marked.
 */
function sendRequest(reading: Reading, sink: EventSink, maxRecords: number): void {
  const { consumer, log, at } = reading
  const position = consumer.position
  if (position === null) {
    positionWithoutOffset(reading, sink)
    return
  }
  if (consumer.awaitingReset) {
    resetAwaited(reading, sink, position)
    return
  }
  const result = fetchOneSegment(log, position, maxRecords)
  if (result.ok) {
    deliver(reading, sink, position, result)
    return
  }
  const awaitingReset = consumer.autoOffsetReset !== 'none'
  sink({
    type: 'consumer.offsetOutOfRange',
    ...at,
    consumer: consumer.name,
    position,
    reset: consumer.autoOffsetReset,
    newPosition: null,
    skipped: 0,
    ...(awaitingReset ? { awaitingReset: true as const } : {}),
  })
  consumer.awaitingReset = awaitingReset
  consumer.lastError = awaitingReset ? null : `OffsetOutOfRangeException: ${result.reason}`
  return
}

/** Mutates `world`: moves a consumer's position (`seek`, `seekToBeginning`, `seekToEnd`). */
export function seekConsumer(
  world: World,
  sink: EventSink,
  name: string,
  offset: number | 'earliest' | 'latest',
): string | null {
  const reading = readingOf(world, name)
  if (typeof reading === 'string') return reading
  const { consumer, log, at } = reading
  const position =
    offset === 'earliest' ? log.logStartOffset : offset === 'latest' ? log.logEndOffset : offset
  consumer.position = position
  // A seek replaces a pending reset, as it does in Kafka's SubscriptionState.
  consumer.awaitingReset = false
  consumer.lastError = null
  sink({ type: 'consumer.positioned', ...at, consumer: name, position, cause: 'seek' })
  return null
}

/**
 * Mutates the consumer: a read of an offline partition fails with LEADER_NOT_AVAILABLE, an error
 * of the consumer's (it retries at its next poll), not a refusal of the action.
 */
function failOffline({ consumer, at }: Reading, sink: EventSink): void {
  consumer.lastError = 'LEADER_NOT_AVAILABLE: the partition is offline'
  sink({
    type: 'consumer.fetchFailed',
    ...at,
    consumer: consumer.name,
    error: 'LEADER_NOT_AVAILABLE',
    position: consumer.position,
  })
}

/**
 * Mutates `world`: the consumer closes and a new instance starts with the declared settings plus
 * `set` (KafkaConsumer reads `auto.offset.reset` once, when it is created). With no group and no
 * committed offset it has no position and no pending reset; what it received so far stays counted.
 */
export function restartConsumer(
  world: World,
  sink: EventSink,
  name: string,
  set: ConsumerSettingsOverrides,
): string | null {
  const reading = readingOf(world, name)
  if (typeof reading === 'string') return reading
  const { consumer, at } = reading
  consumer.autoOffsetReset = set['auto.offset.reset'] ?? consumer.declaredAutoOffsetReset
  consumer.position = null
  consumer.awaitingReset = false
  consumer.lastError = null
  sink({
    type: 'consumer.restarted',
    ...at,
    consumer: name,
    autoOffsetReset: consumer.autoOffsetReset,
  })
  return null
}

function readingOf(world: World, name: string): Reading | string {
  const consumer = world.consumers.get(name)
  if (!consumer) return `consumer ${name} does not exist`
  const log = findPartition(world, consumer.topic, consumer.partition)
  if (!log) return `${consumer.topic} has no partition ${consumer.partition}`
  return {
    consumer,
    log,
    at: { time: world.now, topic: consumer.topic, partition: consumer.partition },
  }
}

/**
 * Mutates the consumer: places a consumer that has no position where `auto.offset.reset` says; with
 * `none` it fails with NoOffsetForPartitionException. The new position, or null.
 */
function positionWithoutOffset({ consumer, log, at }: Reading, sink: EventSink): number | null {
  const start = resetPosition(consumer, log)
  if (start === null) {
    consumer.lastError = 'NoOffsetForPartitionException: no position and auto.offset.reset=none'
    sink({ type: 'consumer.noOffset', ...at, consumer: consumer.name })
    return null
  }
  consumer.position = start
  sink({
    type: 'consumer.positioned',
    ...at,
    consumer: consumer.name,
    position: start,
    cause: 'no committed offset',
  })
  return start
}

/** Mutates the consumer: the ListOffsets an out-of-range Fetch request asked for; the new position. */
function resetAwaited({ consumer, log, at }: Reading, sink: EventSink, stale: number): number {
  const policy = consumer.autoOffsetReset
  consumer.awaitingReset = false
  // Only `earliest` and `latest` ever mark a partition for reset.
  if (policy === 'none') return stale
  const reset = policy === 'earliest' ? log.logStartOffset : log.logEndOffset
  consumer.position = reset
  sink({
    type: 'consumer.offsetReset',
    ...at,
    consumer: consumer.name,
    position: stale,
    reset: policy,
    newPosition: reset,
    skipped: Math.max(0, reset - stale),
  })
  return reset
}

/** Mutates the consumer: hands the records fetched from `from` to the application. */
function deliver(
  { consumer, at }: Reading,
  sink: EventSink,
  from: number,
  result: Extract<FetchResult, { ok: true }>,
): void {
  consumer.position = result.nextOffset
  consumer.lastError = null
  consumer.received += result.records.length
  sink({
    type: 'consumer.fetched',
    ...at,
    consumer: consumer.name,
    from,
    count: result.records.length,
    offsets: result.records.map((r) => r.offset),
    firstOffset: result.records[0]?.offset ?? null,
    lastOffset: result.records[result.records.length - 1]?.offset ?? null,
    nextPosition: result.nextOffset,
    ...(result.fromArchive ? { fromArchive: true as const } : {}),
  })
}

function resetPosition(consumer: ConsumerState, log: PartitionLog): number | null {
  switch (consumer.autoOffsetReset) {
    case 'earliest':
      return log.logStartOffset
    case 'latest':
      return log.logEndOffset
    case 'none':
      return null
  }
}
