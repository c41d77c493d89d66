/**
 * Marker labels placed so that no two overlap, at any zoom and any label size: each label sits as
 * close to its marker as it can (centred, pushed inwards at the lane's edges) in the first row, from
 * the band outwards, where its box is free. The renderer draws a leader line from the band to it.
 */

/** Width of one character of the stage's monospace labels, in em (DejaVu Sans Mono is 0.602). */
export const MONO_CHAR_EM = 0.62
/** Free space kept between two labels of one row, and around the text inside its box, in px. */
const GAP_PX = 6
const PAD_PX = 2

export interface LabelRequest {
  readonly markerId: string
  readonly text: string
  /** The marker's x in px. */
  readonly x: number
  readonly side: 'above' | 'below'
}

export interface LaidOutLabel {
  readonly markerId: string
  /** The text, shortened with "…" when even a whole row is too narrow for it. */
  readonly text: string
  readonly side: 'above' | 'below'
  /** Row 0 is next to the band; rows grow away from it. */
  readonly row: number
  readonly left: number
  readonly width: number
}

export interface LabelLayout {
  readonly labels: readonly LaidOutLabel[]
  readonly rowsAbove: number
  readonly rowsBelow: number
}

/** A label's box width for `text` at `labelPx`. */
export function labelWidth(text: string, labelPx: number): number {
  return Math.ceil(text.length * labelPx * MONO_CHAR_EM) + 2 * PAD_PX
}

/** The px height of one row of labels at `labelPx`. */
export function labelRowHeight(labelPx: number): number {
  return Math.ceil(labelPx * 1.35)
}

export function layoutLabels(
  requests: readonly LabelRequest[],
  width: number,
  labelPx: number,
): LabelLayout {
  const rows: { side: 'above' | 'below'; spans: { left: number; right: number }[] }[] = []
  const labels = requests.map((request): LaidOutLabel => {
    const text = fitText(request.text, width, labelPx)
    const size = labelWidth(text, labelPx)
    const left = Math.max(0, Math.min(request.x - size / 2, width - size))
    const right = left + size
    let row = 0
    for (;;) {
      const sideRows = rows.filter((r) => r.side === request.side)
      const taken = sideRows[row]
      if (taken === undefined) {
        rows.push({ side: request.side, spans: [{ left, right }] })
        break
      }
      if (!taken.spans.some((s) => left < s.right + GAP_PX && s.left < right + GAP_PX)) {
        taken.spans.push({ left, right })
        break
      }
      row++
    }
    return { markerId: request.markerId, text, side: request.side, row, left, width: size }
  })
  return {
    labels,
    rowsAbove: rows.filter((r) => r.side === 'above').length,
    rowsBelow: rows.filter((r) => r.side === 'below').length,
  }
}

/** `text`, cut with "…" so its box fits in `width` (a lane narrower than its label still reads). */
function fitText(text: string, width: number, labelPx: number): string {
  if (labelWidth(text, labelPx) <= width) return text
  const chars = Math.max(1, Math.floor((width - 2 * PAD_PX) / (labelPx * MONO_CHAR_EM)) - 1)
  return `${text.slice(0, chars)}…`
}
