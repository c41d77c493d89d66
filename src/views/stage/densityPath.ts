/** Heights are drawn to the half pixel: finer steps cannot be seen, and each one lengthens the path. */
const STEP_PX = 0.5
/** A column holding any record is at least this tall, so a lone record still shows. */
const MIN_PX = 2

/** How tall column `share` (0–1 of its offsets still holding a record) is drawn, in px. */
function columnHeight(share: number, height: number): number {
  if (share <= 0) return 0
  return Math.round(Math.max(MIN_PX, share * height) / STEP_PX) * STEP_PX
}

/**
 * The density columns of a lane (one per pixel, `filled` shares) as one outline along their tops,
 * standing on the band's bottom edge (`top + height`). One outline rather than a rectangle per
 * column: the browser parses a path's data whenever it changes, and while the time line is dragged
 * every dense lane changes on every step, so a short path keeps the drag smooth.
 */
export function densityPath(filled: ArrayLike<number>, top: number, height: number): string {
  const base = top + height
  let d = ''
  let level = 0
  for (let c = 0; c < filled.length; c++) {
    const h = columnHeight(filled[c] ?? 0, height)
    if (h === level) continue
    d += d === '' ? `M${c} ${base}V${base - h}` : `H${c}V${base - h}`
    level = h
  }
  if (d === '') return ''
  return level === 0 ? `${d}Z` : `${d}H${filled.length}V${base}Z`
}
