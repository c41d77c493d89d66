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

/**
 * Epoch milliseconds as a UTC date and time a reader takes in at a glance, "2024-05-01 10:00:00 UTC"
 * (milliseconds shown only when there are any). Computed by arithmetic, as the core reads no clock
 * and no time zone: days to a civil date as in Howard Hinnant's `civil_from_days`.
 */
export function epochDateText(epochMs: number): string {
  const days = Math.floor(epochMs / DAY_MS)
  const inDay = epochMs - days * DAY_MS
  const { year, month, day } = civilFromDays(days)
  const two = (n: number): string => String(n).padStart(2, '0')
  const ms = inDay % 1000
  const time = [Math.floor(inDay / 3_600_000), Math.floor(inDay / 60_000) % 60]
    .concat(Math.floor(inDay / 1000) % 60)
    .map(two)
    .join(':')
  const fraction = ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`
  return `${String(year)}-${two(month)}-${two(day)} ${time}${fraction} UTC`
}

const DAY_MS = 86_400_000

/** The proleptic Gregorian date `days` after 1970-01-01. */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
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
