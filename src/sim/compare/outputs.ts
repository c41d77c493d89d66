import type { ReadonlyWorld } from '../readonlyWorld'
import type { KeyOutput, PartitionTally } from './outputTally'
import { combineTallies, tallyPartition } from './outputTally'

export type { KeyOutput } from './outputTally'

/** An output topic's contents per key, and the jobs that write it. */
export interface OutputContents {
  readonly topic: string
  readonly writers: readonly string[]
  readonly records: number
  /** Sorted by key. */
  readonly keys: ReadonlyMap<string, KeyOutput>
}

/** The output topics of the world's jobs that exist in it, with their writers. */
export function outputTopics(world: ReadonlyWorld): { topic: string; writers: string[] }[] {
  const writers = new Map<string, string[]>()
  for (const job of world.jobs.values()) {
    const output = job.settings.output
    if (output === null || !world.topics.has(output)) continue
    writers.set(output, [...(writers.get(output) ?? []), job.app])
  }
  return [...writers].map(([topic, apps]) => ({ topic, writers: apps }))
}

/**
 * A key that changes whenever `outputContents` of `topic` could: whenever a record of its log is
 * appended or removed (retention, DeleteRecords, a cleaning pass). Playback makes a new world each
 * frame while outputs rarely change, so a caller keeps the contents until this key changes.
 */
export function outputContentsKey(world: ReadonlyWorld, topic: string): string {
  const logs = world.topics.get(topic)?.partitions ?? []
  return logs
    .map(
      (log) =>
        `${log.logStartOffset}-${log.logEndOffset}:${log.segments.map((s) => s.count).join('.')}`,
    )
    .join(',')
}

/** Every record of `topic` still in the log, per key (keyless records are left out). */
export function outputContents(
  world: ReadonlyWorld,
  topic: string,
  writers: readonly string[],
): OutputContents {
  const logs = world.topics.get(topic)?.partitions ?? []
  return contentsOfTallies(
    topic,
    writers,
    logs.map((log) => tallyPartition(log)),
  )
}

/** An output's contents from its partitions' tallies (`outputTally.ts`), in partition order. */
export function contentsOfTallies(
  topic: string,
  writers: readonly string[],
  tallies: readonly PartitionTally[],
): OutputContents {
  return { topic, writers, ...combineTallies(tallies) }
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

/** A value that reads as a whole number (what a count job writes), else null. */
export function asCount(value: string | null): number | null {
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
 * Every key of either output, in key order, with how A and B compare on it. Two outputs of one
 * world (a live job against its parallel rewind) and one output in two worlds (two branches) are
 * compared the same way.
 */
export function compareOutputs(a: OutputContents, b: OutputContents): ComparisonRow[] {
  const keys = [...new Set([...a.keys.keys(), ...b.keys.keys()])].sort()
  return keys.map((key) => {
    const [left, right] = [a.keys.get(key) ?? null, b.keys.get(key) ?? null]
    return { key, a: left, b: right, verdict: verdictOf(left, right) }
  })
}
