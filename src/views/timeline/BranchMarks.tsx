import { useMemo } from 'react'
import { branchDivergence } from '../../derive/branchDiff'
import { formatSimTime } from '../../derive/scene/format'
import { useBranchPair } from '../branches/useBranches'
import type { TimeAxis } from './timeAxis'

/**
 * With two branches, the time line marks where they fork (dashed) and where their worlds first
 * differ (solid, in the colour of differences), each with its time in a tooltip.
 */
export function BranchMarks({ x, height }: { readonly x: TimeAxis; readonly height: number }) {
  const pair = useBranchPair()
  const [a, b] = [pair?.a, pair?.b]
  const divergence = useMemo(
    () => (a === undefined || b === undefined ? null : branchDivergence(a, b)),
    [a, b],
  )
  if (pair === null) return null
  const fork = x(pair.branch.forkAtMs)
  const parted = divergence?.time ?? null
  return (
    <g data-testid="branch-marks">
      <line className="scrubber__fork" x1={fork} x2={fork} y1={0} y2={height}>
        <title>Branches fork at {formatSimTime(pair.branch.forkAtMs)}</title>
      </line>
      {parted !== null && (
        <line
          className="scrubber__divergence"
          data-testid="divergence-mark"
          x1={x(parted)}
          x2={x(parted)}
          y1={0}
          y2={height}
        >
          <title>The branches’ worlds first differ at {formatSimTime(parted)}</title>
        </line>
      )}
    </g>
  )
}
