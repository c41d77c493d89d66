import type { SimEvent } from './events'

/**
 * Record timestamps inside the core are simulated times (0 = the scenario's start), so retention,
 * rolls and lags compare them with the clock directly. A scenario with `clockStartMs` writes and
 * reads them as Unix epoch milliseconds: these convert at the core's edges.
 */

/** A timestamp as the scenario or a reader gives it (epoch ms) → the core's simulated time. */
export function toSimulatedTimestamp(epochMs: number, clockStartMs: number): number {
  return epochMs - clockStartMs
}

/** A stored timestamp (simulated time) → epoch milliseconds, as Kafka would report it. */
export function toEpochTimestamp(simulated: number, clockStartMs: number): number {
  return simulated + clockStartMs
}

/** The event with its record timestamps as epoch milliseconds (for readers outside the core). */
export function withEpochTimestamps(event: SimEvent, clockStartMs: number): SimEvent {
  if (clockStartMs === 0) return event
  if (event.type === 'record.appended')
    return { ...event, timestamp: toEpochTimestamp(event.timestamp, clockStartMs) }
  if (event.type === 'segment.deleted')
    return { ...event, newestTimestamp: toEpochTimestamp(event.newestTimestamp, clockStartMs) }
  if (event.type === 'tombstone.stamped')
    return { ...event, deleteHorizonMs: toEpochTimestamp(event.deleteHorizonMs, clockStartMs) }
  return event
}
