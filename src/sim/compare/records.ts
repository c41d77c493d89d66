import type { PartitionLog } from '../log/partition'
import type { RecordColumns } from '../log/recordColumns'
import { keyAt, offsetAt, timestampAt, valueAt } from '../log/recordColumns'
import type { Segment } from '../log/segment'

/** How two logs of one partition differ record by record (offsets in increasing order). */
export interface RecordDifferences {
  /** Offsets holding a record in A and none in B. */
  readonly onlyA: number[]
  readonly onlyB: number[]
  /** Offsets holding a record on both sides, with a different key, value, timestamp or horizon. */
  readonly different: number[]
}

/** A position in a log, row by row across its segments. */
interface Cursor {
  readonly segments: readonly Segment[]
  segment: number
  row: number
}

function current(cursor: Cursor): Segment | undefined {
  while (
    cursor.segments[cursor.segment] &&
    cursor.row >= (cursor.segments[cursor.segment]?.count ?? 0)
  ) {
    cursor.segment++
    cursor.row = 0
  }
  return cursor.segments[cursor.segment]
}

/**
 * Every offset at which the two logs differ. A missing log counts as empty. Logs of two branches
 * share record storage up to their fork, and stored rows never change, so rows both logs read from
 * the same storage are skipped without being read.
 */
export function diffPartitionRecords(
  a: PartitionLog | undefined,
  b: PartitionLog | undefined,
): RecordDifferences {
  const out: RecordDifferences = { onlyA: [], onlyB: [], different: [] }
  const left: Cursor = { segments: a?.segments ?? [], segment: 0, row: 0 }
  const right: Cursor = { segments: b?.segments ?? [], segment: 0, row: 0 }
  for (;;) {
    const x = current(left)
    const y = current(right)
    if (!x && !y) return out
    if (x && y && x.columns === y.columns && left.row === right.row) {
      const shared = Math.min(x.count, y.count) - left.row
      left.row += shared
      right.row += shared
      if (shared > 0) continue
    }
    const offsetA = x ? offsetAt(x.columns, left.row) : Infinity
    const offsetB = y ? offsetAt(y.columns, right.row) : Infinity
    if (offsetA < offsetB) {
      out.onlyA.push(offsetA)
      left.row++
    } else if (offsetB < offsetA) {
      out.onlyB.push(offsetB)
      right.row++
    } else {
      if (x && y && !sameRow(x.columns, left.row, y.columns, right.row)) out.different.push(offsetA)
      left.row++
      right.row++
    }
  }
}

function sameRow(a: RecordColumns, rowA: number, b: RecordColumns, rowB: number): boolean {
  return (
    timestampAt(a, rowA) === timestampAt(b, rowB) &&
    keyAt(a, rowA) === keyAt(b, rowB) &&
    valueAt(a, rowA) === valueAt(b, rowB) &&
    a.deleteHorizons.get(rowA) === b.deleteHorizons.get(rowB)
  )
}
