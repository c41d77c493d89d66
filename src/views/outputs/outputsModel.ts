import type { ComparisonRow, KeyOutput, Verdict } from '../../sim'
import { asCount } from '../../sim'

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
