import { isolate } from '../userText'
import type { BudgetRefusal, WorkCause } from './workBudget'

/**
 * The refusal of a run that needs too much work, in one paragraph: what is expensive, named by the
 * scenario's own names (isolated: they are the user's text) and figures, and what to change,
 * fitting that cause.
 */
export function describeBudgetRefusal(refusal: BudgetRefusal): string {
  const where =
    refusal.stoppedAtMs === null
      ? 'estimated before running'
      : `stopped at ${formatDuration(refusal.stoppedAtMs)} of simulated time`
  return (
    `This scenario needs more simulation work than Rewind Lab does in one run ` +
    `(${where}; the budget is about ${count(refusal.maxWork)} events' worth). ` +
    `Most of it is ${whatIsExpensive(refusal.cause)}. To run it, ${advice(refusal.cause)}.`
  )
}

function whatIsExpensive(cause: WorkCause): string {
  switch (cause.kind) {
    case 'records': {
      const records = `sending about ${count(cause.records)} records`
      if (cause.producer === null) return records
      if (cause.producers <= 1) return `producer "${isolate(cause.producer)}" ${records}`
      return `${count(cause.producers)} producers ${records} ("${isolate(cause.producer)}" sends the most)`
    }
    case 'cleaner': {
      const segments = cause.recordsPerSegment <= 1.5 ? 'one-record segments' : 'segments'
      return `${count(cause.passes)} cleaner runs over up to ${count(cause.maxSegments)} ${segments} of topic "${isolate(cause.topic)}"`
    }
    case 'polls':
      return `consumer "${isolate(cause.consumer)}" polling every ${formatDuration(cause.pollIntervalMs)} for ${formatDuration(cause.forMs)}`
    case 'restarts': {
      const down =
        cause.hostsUp > 0
          ? ''
          : cause.hosts === 1
            ? ' with its only host down'
            : ` with all ${cause.hosts} hosts down`
      return `a container of job "${isolate(cause.job)}" restarting every ${formatDuration(cause.restartMs)}${down} (${count(cause.restarts)} restarts)`
    }
    case 'retention':
      return `${count(cause.checks)} retention checks, one every ${formatDuration(cause.intervalMs)}, over ${count(cause.logs)} logs`
    case 'job':
      return `job "${isolate(cause.job)}" working through ${count(cause.runs)} task runs`
    case 'actions':
      return `${count(cause.actions)} scenario actions`
  }
}

function advice(cause: WorkCause): string {
  switch (cause.kind) {
    case 'records':
      return 'lower the producer rates, use fewer producers or shorten the scenario'
    case 'cleaner': {
      const steps = [
        `raise segment.bytes of "${isolate(cause.topic)}" (now ${count(cause.segmentBytes)}) so each segment holds more records`,
        `raise its min.cleanable.dirty.ratio (now ${String(cause.minCleanableDirtyRatio)}) so the cleaner waits for more dirty records`,
      ]
      if (cause.cleanerRunActions > 0)
        steps.push(`use fewer cleaner.run actions (there are ${count(cause.cleanerRunActions)})`)
      return joinOr(steps)
    }
    case 'polls':
      return `raise pollIntervalMs of consumer "${isolate(cause.consumer)}" or start it later`
    case 'restarts':
      return cause.hostsUp > 0
        ? 'raise cluster.containerRestartMs'
        : 'raise cluster.containerRestartMs, or recover a host sooner'
    case 'retention':
      return 'raise log.retention.check.interval.ms in the broker settings'
    case 'job':
      return `lower the rate of the records job "${isolate(cause.job)}" reads, or shorten the scenario`
    case 'actions':
      return 'use fewer actions'
  }
}

function joinOr(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1] ?? ''}`
}

/**
 * A number with thousands separators ("5,000", "0.5", "12,345.25"), as `toLocaleString('en-US')`
 * writes those the app shows, but without the locale: the first locale-aware format in a page
 * loads the locale's data, which took 240 ms (profiled at load 23) in the task that refuses a
 * heavy link, and 40-60 ms at load 5 in the task that first draws the app.
 */
export function formatNumber(n: number): string {
  const [whole = '', fraction] = String(n).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

/** A whole number with thousands separators ("5,000"). */
function count(n: number): string {
  return formatNumber(Math.round(n))
}

/** "1 ms", "42 s", "3 h", "2 h 30 min": the largest two units that are not zero. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${count(ms)} ms`
  const units: readonly [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1000, 's'],
  ]
  const parts: string[] = []
  let rest = Math.floor(ms)
  for (const [size, name] of units) {
    const amount = Math.floor(rest / size)
    rest -= amount * size
    if (amount > 0 || parts.length > 0) parts.push(`${count(amount)} ${name}`)
    if (parts.length === 2) break
  }
  return parts.filter((p) => !p.startsWith('0 ')).join(' ')
}
