import type { EventSink } from './events'
import { isOnline } from './cluster/brokers'
import { fetchFrom } from './log/fetch'
import type { PartitionLog } from './log/partition'
import type { ConsumerState, World } from './world'
import { findPartition } from './world'

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
  const consumer = world.consumers.get(name)
  if (!consumer) return `consumer ${name} does not exist`
  const log = findPartition(world, consumer.topic, consumer.partition)
  if (!log) return `${consumer.topic} has no partition ${consumer.partition}`
  const at = { time: world.now, topic: consumer.topic, partition: consumer.partition }
  if (!isOnline(world, consumer.topic, consumer.partition)) {
    consumer.lastError = 'LEADER_NOT_AVAILABLE: the partition is offline'
    return null
  }
  if (consumer.position === null) {
    const start = resetPosition(consumer, log)
    if (start === null) {
      consumer.lastError = 'NoOffsetForPartitionException: no position and auto.offset.reset=none'
      sink({ type: 'consumer.noOffset', ...at, consumer: name })
      return null
    }
    consumer.position = start
    sink({
      type: 'consumer.positioned',
      ...at,
      consumer: name,
      position: start,
      cause: 'no committed offset',
    })
  }
  let result = fetchFrom(log, consumer.position, maxRecords)
  if (!result.ok) {
    const stale = consumer.position
    const reset = resetPosition(consumer, log)
    sink({
      type: 'consumer.offsetOutOfRange',
      ...at,
      consumer: name,
      position: stale,
      reset: consumer.autoOffsetReset,
      newPosition: reset,
      skipped: reset === null ? 0 : Math.max(0, reset - stale),
    })
    if (reset === null) {
      consumer.lastError = `OffsetOutOfRangeException: ${result.reason}`
      return null
    }
    consumer.position = reset
    result = fetchFrom(log, reset, maxRecords)
    if (!result.ok) return null
  }
  const from = consumer.position
  consumer.position = result.nextOffset
  consumer.lastError = null
  consumer.received += result.records.length
  sink({
    type: 'consumer.fetched',
    ...at,
    consumer: name,
    from,
    count: result.records.length,
    offsets: result.records.map((r) => r.offset),
    firstOffset: result.records[0]?.offset ?? null,
    lastOffset: result.records[result.records.length - 1]?.offset ?? null,
    nextPosition: result.nextOffset,
    ...(result.fromArchive ? { fromArchive: true as const } : {}),
  })
  return null
}

/** Mutates `world`: moves a consumer's position (`seek`, `seekToBeginning`, `seekToEnd`). */
export function seekConsumer(
  world: World,
  sink: EventSink,
  name: string,
  offset: number | 'earliest' | 'latest',
): string | null {
  const consumer = world.consumers.get(name)
  if (!consumer) return `consumer ${name} does not exist`
  const log = findPartition(world, consumer.topic, consumer.partition)
  if (!log) return `${consumer.topic} has no partition ${consumer.partition}`
  const position =
    offset === 'earliest' ? log.logStartOffset : offset === 'latest' ? log.logEndOffset : offset
  consumer.position = position
  consumer.lastError = null
  sink({
    type: 'consumer.positioned',
    time: world.now,
    topic: consumer.topic,
    partition: consumer.partition,
    consumer: name,
    position,
    cause: 'seek',
  })
  return null
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
