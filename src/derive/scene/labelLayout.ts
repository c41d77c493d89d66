/**
 * Marker labels placed so that no two overlap, at any zoom and any label size: each label sits as
 * close to its marker as it can (centred, pushed inwards at the lane's edges) in the first row, from
 * the band outwards, where its box is free. A label wider than the lane wraps at its " · " parts
 * onto rows below one another. The renderer draws a leader line from the band to it.
 */

/** Width of one character of the stage's monospace labels, in em (DejaVu Sans Mono is 0.602). */
export const MONO_CHAR_EM = 0.62
/** Free space kept between two labels of one row, and around the text inside its box, in px. */
const GAP_PX = 6
const PAD_PX = 2
/** Where a marker's label may wrap: between the parts of "owner at 5 · checkpoint 4 · archive". */
const PART_SEPARATOR = ' · '

export interface LabelRequest {
  readonly markerId: string
  readonly text: string
  /** The marker's x in px. */
  readonly x: number
  readonly side: 'above' | 'below'
}

export interface LaidOutLabel {
  readonly markerId: string
  /** The text as drawn: its lines joined again, with a part shortened with "…" only when even a
   * whole row is too narrow for that part alone. */
  readonly text: string
  /** One line per row taken, in reading order (one, unless the text is wider than the lane). */
  readonly lines: readonly string[]
  readonly side: 'above' | 'below'
  /** Row 0 is next to the band; rows grow away from it. A wrapped label takes `lines.length` rows
   * from this one outwards. */
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
  const rows: Record<'above' | 'below', { left: number; right: number }[][]> = {
    above: [],
    below: [],
  }
  const labels = requests.map((request): LaidOutLabel => {
    const lines = wrapText(request.text, width, labelPx)
    const size = Math.max(...lines.map((line) => labelWidth(line, labelPx)))
    const left = Math.max(0, Math.min(request.x - size / 2, width - size))
    const right = left + size
    const sideRows = rows[request.side]
    const free = (row: number): boolean =>
      !(sideRows[row] ?? []).some((s) => left < s.right + GAP_PX && s.left < right + GAP_PX)
    let row = 0
    while (!lines.every((_, i) => free(row + i))) row++
    lines.forEach((_, i) => {
      ;(sideRows[row + i] ??= []).push({ left, right })
    })
    return {
      markerId: request.markerId,
      text: lines.join(PART_SEPARATOR),
      lines,
      side: request.side,
      row,
      left,
      width: size,
    }
  })
  return {
    labels,
    rowsAbove: rows.above.length,
    rowsBelow: rows.below.length,
  }
}

/**
 * `text` as lines that each fit `width`: whole when it fits, else wrapped between its parts
 * (a room reads "… → resumes at 0" and "archive (slower)" on two rows rather than "… arch…").
 */
function wrapText(text: string, width: number, labelPx: number): string[] {
  if (labelWidth(text, labelPx) <= width) return [text]
  const lines: string[] = []
  for (const part of text.split(PART_SEPARATOR)) {
    const last = lines.at(-1)
    const joined = last === undefined ? part : `${last}${PART_SEPARATOR}${part}`
    if (last !== undefined && labelWidth(joined, labelPx) <= width) lines[lines.length - 1] = joined
    else lines.push(fitText(part, width, labelPx))
  }
  return lines
}

/** `text`, cut with "…" so its box fits in `width` (a lane narrower than its label still reads). */
function fitText(text: string, width: number, labelPx: number): string {
  if (labelWidth(text, labelPx) <= width) return text
  const chars = Math.max(1, Math.floor((width - 2 * PAD_PX) / (labelPx * MONO_CHAR_EM)) - 1)
  return `${text.slice(0, chars)}…`
}
