import type { ComparisonRow, KeyOutput, OutputContents, Verdict, ReadonlyWorld } from '../../sim'
import { asCount, outputContents, outputContentsKey, outputTopics } from '../../sim'

let lastOutputs: { signature: string; outputs: OutputContents[] } | null = null

/**
 * Every output's contents at `world`. Playback makes a new world each frame while the outputs
 * rarely change, so the last result is kept until an output's writers or contents key change
 * (`outputContentsKey`: whatever an append, retention or a cleaning pass changes).
 */
export function outputsAt(world: ReadonlyWorld): OutputContents[] {
  const topics = outputTopics(world)
  const signature = topics
    .map(({ topic, writers }) => `${topic}|${writers.join(',')}|${outputContentsKey(world, topic)}`)
    .join(';')
  if (lastOutputs?.signature !== signature) {
    const outputs = topics.map((o) => outputContents(world, o.topic, o.writers))
    lastOutputs = { signature, outputs }
  }
  return lastOutputs.outputs
}

/**
 * Records of a count's key beyond the count itself: a count of N is sent N times once, so any more
 * were sent again (a rewind re-sends its output). null when the latest value is not a count.
 */
export function resentRecords(k: KeyOutput): number | null {
  const count = asCount(k.latest)
  return count === null ? null : Math.max(0, k.records - count)
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
