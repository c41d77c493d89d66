import { useMemo } from 'react'
import { branchDiffAt } from '../../derive/branchDiff'
import type { OffsetRange } from '../../derive/scene/stripModel'
import type { BranchSide } from '../../scenario/branches'
import { isolate, type WorldDiff } from '../../sim'
import { useAppStore } from '../../store/appStore'
import { BranchScope } from '../shared/branchScope'
import { Stage } from '../stage/Stage'
import { highlightCss, stageHighlights } from './highlights'
import { useAdoptedStyles } from './useAdoptedStyles'
import type { BranchPair } from './useBranches'
import { branchTitle, SIDES } from './useBranches'
import { BranchTitle } from './BranchTitle'

/**
 * Both branches' stages, stacked, at the one cursor: the stage drawn once per branch inside its
 * scope, each under its label, with what differs from the other branch outlined.
 */
export function BranchStages({
  pair,
  window,
}: {
  readonly pair: BranchPair
  readonly window: OffsetRange | null
}) {
  const cursor = useAppStore((s) => Math.floor(s.cursor))
  const diff = useMemo(() => branchDiffAt(pair.a, pair.b, cursor), [pair.a, pair.b, cursor])
  return (
    <div className="branch-stages">
      {SIDES.map((side) => (
        <BranchStage key={side} pair={pair} side={side} diff={diff} window={window} />
      ))}
    </div>
  )
}

function BranchStage({
  pair,
  side,
  diff,
  window,
}: {
  readonly pair: BranchPair
  readonly side: BranchSide
  readonly diff: WorldDiff
  readonly window: OffsetRange | null
}) {
  const highlights = useMemo(() => stageHighlights(diff, side), [diff, side])
  const scope = `branch-stage--${side}`
  const selected = pair.branch.selected === side
  const differing = highlights.cells.length + highlights.cellsLeftOut
  useAdoptedStyles(highlightCss(scope, highlights))
  return (
    <section
      className={`branch-stage ${scope}${selected ? ' branch-stage--selected' : ''}`}
      aria-label={`Branch ${isolate(branchTitle(pair.branch, side))}`}
    >
      <h3 className="branch-stage__title">
        <span className={`branch-stage__letter branch-stage__letter--${side}`}>
          <BranchTitle branch={pair.branch} side={side} />
        </span>
        {selected && <span className="branch-stage__selected">actions act here</span>}
        <span className="branch-stage__summary" data-testid={`branch-summary-${side}`}>
          {summary(highlights.lanes.length, differing, highlights.storeEntries.length)}
        </span>
      </h3>
      <BranchScope.Provider value={side}>
        <Stage window={window} />
      </BranchScope.Provider>
    </section>
  )
}

function summary(lanes: number, records: number, storeEntries: number): string {
  if (lanes === 0 && storeEntries === 0) return 'same as the other branch here'
  const parts = [
    lanes > 0 ? `${lanes} partition${lanes === 1 ? '' : 's'} differ` : '',
    records > 0 ? `${records} record${records === 1 ? '' : 's'} outlined` : '',
    storeEntries > 0 ? `${storeEntries} store value${storeEntries === 1 ? '' : 's'} differ` : '',
  ]
  return parts.filter((p) => p !== '').join(' · ')
}
