import { isolate, showInvisibles } from '../../sim'
import { labelRowHeight, MONO_CHAR_EM } from './labelLayout'
import type { NewestPerKey } from './newestPerKey'
import type { NewestEntry, NewestRow } from './types'

export const NEWEST_PREFIX = 'newest per key:'

/** A value longer than this is cut in the row (the row's tooltip and the inspector have it all). */
const VALUE_CHARS = 12

/** A value as the row prints it: "deleted" for a tombstone, a long one cut. */
function valueText(value: string | null): string {
  if (value === null) return 'deleted'
  const shown = showInvisibles(value)
  return shown.length > VALUE_CHARS ? `${shown.slice(0, VALUE_CHARS - 1)}…` : shown
}

/**
 * Lays the newest values out in one row of `width` px at `labelPx`: as many entries as fit, in
 * key order, then "…" when some were left out. Widths count visible characters of the
 * monospace labels (bidi isolates take no room). None in a lane too narrow for its name.
 */
export function layoutNewestRow(
  laneId: string,
  newest: NewestPerKey,
  y: number,
  width: number,
  labelPx: number,
  colorOf: (key: string | null) => string,
): NewestRow | null {
  const char = labelPx * MONO_CHAR_EM
  // A lane too narrow for the row's name and "…" draws no row (its tooltip would be all of it).
  if ((NEWEST_PREFIX.length + 2) * char > width) return null
  const swatch = Math.round(labelPx * 0.7)
  const gap = char * 1.5
  const baseline = y + labelRowHeight(labelPx) * 0.78
  // Every entry read, placed one after another; then as many as fit the lane's width.
  const placed: NewestEntry[] = []
  let x = (NEWEST_PREFIX.length + 1) * char
  for (const found of newest.entries) {
    const key = showInvisibles(found.key)
    const value = valueText(found.value)
    const chars = found.value === null ? `${key} ${value}` : `${key} = ${value}`
    const text =
      found.value === null
        ? `${isolate(found.key)} ${value}`
        : `${isolate(found.key)} = ${isolate(value)}`
    const textX = x + swatch + char * 0.5
    placed.push({
      id: `${laneId}=${found.key}`,
      key: found.key,
      color: colorOf(found.key),
      x,
      textX,
      text,
    })
    x = textX + chars.length * char + gap
  }
  const fullWidth = x - gap + (newest.more ? gap + char : 0)
  // All of them when they fit; else those that end (where the next starts, less the gap) with
  // room for "…" after them.
  const endOf = (i: number): number => (placed[i + 1]?.x ?? x) - gap
  const entries =
    fullWidth <= width ? placed : placed.filter((_, i) => endOf(i) + gap + char <= width)
  const more = newest.more || entries.length < placed.length
  const moreX = placed[entries.length]?.x ?? x
  const full = newest.entries.map((e) =>
    e.value === null ? `${isolate(e.key)} deleted` : `${isolate(e.key)} = ${isolate(e.value)}`,
  )
  return {
    y,
    baseline,
    swatchY: baseline - swatch + 1,
    swatchPx: swatch,
    entries,
    more,
    moreX,
    fullWidth,
    title: `${NEWEST_PREFIX} ${full.join(', ')}${newest.more ? ', …' : ''}`,
  }
}
