import type { BranchSide } from '../../scenario/branches'
import type { WorldDiff } from '../../sim'

/** Cells highlighted per branch at most: a diff of thousands of records is summed up instead. */
export const MAX_HIGHLIGHTED_CELLS = 400

/**
 * What differs, as selectors of the stage's own marks (`data-cell`, `data-label`, `data-store`,
 * `data-lane`) in one branch's stage: records only this side has or that differ, log start
 * markers that are elsewhere, store entries with another value, and the lanes that differ. The
 * stage is drawn unchanged; the highlight is a stylesheet scoped to the branch's drawing.
 */
export interface StageHighlights {
  readonly cells: readonly string[]
  readonly logStarts: readonly string[]
  readonly storeEntries: readonly string[]
  readonly lanes: readonly string[]
  /** Records that differ beyond `MAX_HIGHLIGHTED_CELLS`. */
  readonly cellsLeftOut: number
}

export function stageHighlights(diff: WorldDiff, side: BranchSide): StageHighlights {
  const offsets: string[] = []
  for (const p of diff.partitions) {
    const lane = `${p.topic}-${p.partition}`
    const own = side === 'a' ? p.records.onlyA : p.records.onlyB
    for (const offset of [...own, ...p.records.different]) offsets.push(`${lane}#${offset}`)
  }
  const storeEntries = diff.stores.flatMap((s) =>
    s.entries.filter((e) => (side === 'a' ? e.a : e.b) !== null).map((e) => `${s.job}/${e.key}`),
  )
  return {
    cells: offsets.slice(0, MAX_HIGHLIGHTED_CELLS),
    cellsLeftOut: Math.max(0, offsets.length - MAX_HIGHLIGHTED_CELLS),
    logStarts: diff.partitions
      .filter((p) => p.logStartOffset !== null)
      .map((p) => `${p.topic}-${p.partition}:logStart`),
    storeEntries: [...new Set(storeEntries)],
    lanes: diff.partitions.map((p) => `${p.topic}-${p.partition}`),
  }
}

/** A CSS string literal: attribute values may hold any key a producer wrote. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ')}"`
}

/** The stylesheet that marks `highlights` inside the element of class `scope`. */
export function highlightCss(scope: string, highlights: StageHighlights): string {
  const rule = (attribute: string, values: readonly string[], tail: string, body: string) =>
    values.length === 0
      ? ''
      : `${values.map((v) => `.${scope} [${attribute}=${cssString(v)}]${tail}`).join(',\n')} {${body}}\n`
  return [
    rule('data-cell', highlights.cells, ' rect', 'stroke: var(--color-diff); stroke-width: 3;'),
    rule('data-label', highlights.logStarts, '', 'fill: var(--color-diff); font-weight: 700;'),
    rule(
      'data-store',
      highlights.storeEntries,
      ' text',
      'fill: var(--color-diff); font-weight: 700;',
    ),
    rule('data-lane', highlights.lanes, ' .stage-lane__name', 'fill: var(--color-diff);'),
  ].join('')
}
