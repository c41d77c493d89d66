import { segmentRecords, type World } from '../../sim'

/** One key of an output topic: its latest value and how many records carry it. */
export interface KeyOutput {
  readonly latest: string | null
  readonly records: number
}

/** An output topic's contents per key, and the jobs that write it. */
export interface OutputContents {
  readonly topic: string
  readonly writers: readonly string[]
  readonly records: number
  /** Sorted by key. */
  readonly keys: ReadonlyMap<string, KeyOutput>
}

/** The output topics of the world's jobs that exist at the cursor, with their writers. */
export function outputTopics(world: World): { topic: string; writers: string[] }[] {
  const writers = new Map<string, string[]>()
  for (const job of world.jobs.values()) {
    const output = job.settings.output
    if (output === null || !world.topics.has(output)) continue
    writers.set(output, [...(writers.get(output) ?? []), job.app])
  }
  return [...writers].map(([topic, apps]) => ({ topic, writers: apps }))
}

let lastOutputs: { signature: string; outputs: OutputContents[] } | null = null

/**
 * Every output's contents at `world`. Playback makes a new world each frame while the outputs
 * rarely change, so the last result is kept until an output's writers or logs change (start, end,
 * segments, records per segment: whatever an append, retention or a cleaning pass changes).
 */
export function outputsAt(world: World): OutputContents[] {
  const topics = outputTopics(world)
  const signature = topics
    .map(({ topic, writers }) => {
      const logs = (world.topics.get(topic)?.partitions ?? []).map(
        (log) =>
          `${log.logStartOffset}-${log.logEndOffset}:${log.segments.map((s) => s.count).join('.')}`,
      )
      return `${topic}|${writers.join(',')}|${logs.join(',')}`
    })
    .join(';')
  if (lastOutputs?.signature !== signature) {
    const outputs = topics.map((o) => outputContents(world, o.topic, o.writers))
    lastOutputs = { signature, outputs }
  }
  return lastOutputs.outputs
}

/** Every record of `topic` still in the log, per key (keyless records are left out). */
export function outputContents(
  world: World,
  topic: string,
  writers: readonly string[],
): OutputContents {
  const byKey = new Map<string, KeyOutput>()
  let records = 0
  for (const log of world.topics.get(topic)?.partitions ?? []) {
    for (const segment of log.segments) {
      for (const record of segmentRecords(segment)) {
        records++
        if (record.key === null) continue
        const seen = byKey.get(record.key)
        byKey.set(record.key, { latest: record.value, records: (seen?.records ?? 0) + 1 })
      }
    }
  }
  const keys = new Map([...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return { topic, writers, records, keys }
}

export type Side = 'A' | 'B'

/**
 * How a key's output differs between A and B. `higher`: both latest values are numbers (a count)
 * and one is higher, as when input is counted twice; `duplicated`: the same latest value but more
 * records on one side, as when output is sent again after a rewind.
 */
export type Verdict =
  | { readonly kind: 'same' }
  | { readonly kind: 'missing'; readonly side: Side }
  | { readonly kind: 'higher'; readonly side: Side; readonly by: number }
  | { readonly kind: 'duplicated'; readonly side: Side; readonly extra: number }
  | { readonly kind: 'different' }

export interface ComparisonRow {
  readonly key: string
  readonly a: KeyOutput | null
  readonly b: KeyOutput | null
  readonly verdict: Verdict
}

function asCount(value: string | null): number | null {
  return value !== null && /^-?\d+$/.test(value) ? Number(value) : null
}

function verdictOf(a: KeyOutput | null, b: KeyOutput | null): Verdict {
  if (a === null) return { kind: 'missing', side: 'A' }
  if (b === null) return { kind: 'missing', side: 'B' }
  if (a.latest === b.latest) {
    if (a.records === b.records) return { kind: 'same' }
    const side = a.records > b.records ? 'A' : 'B'
    return { kind: 'duplicated', side, extra: Math.abs(a.records - b.records) }
  }
  const [countA, countB] = [asCount(a.latest), asCount(b.latest)]
  if (countA === null || countB === null) return { kind: 'different' }
  return { kind: 'higher', side: countA > countB ? 'A' : 'B', by: Math.abs(countA - countB) }
}

/**
 * Records of a count's key beyond the count itself: a count of N is sent N times once, so any more
 * were sent again (a rewind re-sends its output). null when the latest value is not a count.
 */
export function resentRecords(k: KeyOutput): number | null {
  const count = asCount(k.latest)
  return count === null ? null : Math.max(0, k.records - count)
}

/** Every key of either output, in key order, with how A and B compare on it. */
export function compareOutputs(a: OutputContents, b: OutputContents): ComparisonRow[] {
  const keys = [...new Set([...a.keys.keys(), ...b.keys.keys()])].sort()
  return keys.map((key) => {
    const [left, right] = [a.keys.get(key) ?? null, b.keys.get(key) ?? null]
    return { key, a: left, b: right, verdict: verdictOf(left, right) }
  })
}

/** The verdict in a few words, for the table. */
export function describeVerdict(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'same':
      return 'same'
    case 'missing':
      return `missing in ${verdict.side}`
    case 'higher':
      return `higher in ${verdict.side} (+${verdict.by})`
    case 'duplicated':
      return `duplicated in ${verdict.side} (+${verdict.extra} records)`
    case 'different':
      return 'different'
  }
}

/** How many keys got each kind of verdict. */
export function countVerdicts(rows: readonly ComparisonRow[]): Record<Verdict['kind'], number> {
  const counts = { same: 0, missing: 0, higher: 0, duplicated: 0, different: 0 }
  for (const row of rows) counts[row.verdict.kind]++
  return counts
}
