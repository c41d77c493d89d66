import { toEpochTimestamp } from '../../sim'

const UNITS = [
  { label: 'd', ms: 86_400_000 },
  { label: 'h', ms: 3_600_000 },
  { label: 'min', ms: 60_000 },
  { label: 's', ms: 1_000 },
  { label: 'ms', ms: 1 },
] as const

/** How many non-zero units a label shows; the smaller ones are dropped, not rounded. */
const MAX_UNITS = 2

/**
 * Formats a simulated time or duration (integer ms) in friendly units, largest first, keeping the
 * two largest non-zero units: `0 ms`, `250 ms`, `1 s 500 ms`, `2 min 30 s`, `1 d 2 h`.
 */
export function formatSimTime(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms)
  const sign = ms < 0 ? '−' : ''
  let rest = Math.round(Math.abs(ms))
  if (rest === 0) return '0 ms'

  const parts: string[] = []
  for (const unit of UNITS) {
    const count = Math.floor(rest / unit.ms)
    rest -= count * unit.ms
    if (count > 0) parts.push(`${count} ${unit.label}`)
  }
  return sign + parts.slice(0, MAX_UNITS).join(' ')
}

/**
 * A record timestamp (simulated time) as the inspector prints it: the time, and on a scenario with
 * a real date also the epoch milliseconds and UTC date Kafka would report.
 */
export function formatRecordTimestamp(timestamp: number, clockStartMs: number | undefined): string {
  const time = formatSimTime(timestamp)
  if (clockStartMs === undefined) return time
  const epoch = toEpochTimestamp(timestamp, clockStartMs)
  return `${time} · ${String(epoch)} (${new Date(epoch).toISOString()})`
}
