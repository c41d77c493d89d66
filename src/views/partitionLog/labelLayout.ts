/** Average width of a character of the strip's 12px monospace labels. */
const CHAR_PX = 7.3
const GAP_PX = 8

export interface LabelRequest {
  readonly id: string
  readonly text: string
  /** Where the marker's line is, in px. */
  readonly x: number
  /** Labels above the band share one row; the others stack below it. */
  readonly above: boolean
}

export interface PlacedLabel {
  readonly id: string
  readonly row: number
  readonly anchor: 'start' | 'middle' | 'end'
}

/**
 * Places labels so none overlap: each keeps its own x, centred or pushed inwards at the edges,
 * and takes the first row (from the band outwards) where it fits. Above the band there is one row.
 */
export function layoutLabels(labels: readonly LabelRequest[], width: number): PlacedLabel[] {
  const taken: { row: number; left: number; right: number }[] = []
  return labels.map((label) => {
    const size = label.text.length * CHAR_PX
    const anchor = label.x < size / 2 ? 'start' : label.x > width - size / 2 ? 'end' : 'middle'
    const left =
      anchor === 'start' ? label.x : anchor === 'end' ? label.x - size : label.x - size / 2
    const right = left + size
    let row = 0
    while (
      !label.above &&
      taken.some((t) => t.row === row && left < t.right + GAP_PX && t.left < right + GAP_PX)
    ) {
      row++
    }
    if (!label.above) taken.push({ row, left, right })
    return { id: label.id, row, anchor }
  })
}
