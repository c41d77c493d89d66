import type { ProducerSpec } from '../../sim'

/**
 * Okabe–Ito: seven colours that people with the common colour-vision deficiencies can tell apart.
 * Tombstones take the theme's ink colour (--color-ink) and records without a key grey.
 */
export const KEY_COLORS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
] as const
export const NO_KEY_COLOR = '#8c959f'

/** Producers' key spaces beyond this many keys are coloured by hash alone. */
const MAX_INDEXED_KEYS = 1_000

export type KeyColorOf = (key: string | null) => string

/** FNV-1a, for keys outside every producer's key space. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * A key's colour for the whole scenario, at every time: a producer's keys `prefix0, prefix1, …`
 * take the colours in turn (so small key spaces never share a colour), other keys a hashed one.
 */
export function keyColorsFor(producers: readonly ProducerSpec[]): KeyColorOf {
  const indexOf = new Map<string, number>()
  for (const producer of producers) {
    if (producer.keys === null) continue
    const count = Math.min(producer.keys.count, MAX_INDEXED_KEYS)
    for (let i = 0; i < count; i++) {
      const key = `${producer.keys.prefix}${i}`
      if (!indexOf.has(key)) indexOf.set(key, i)
    }
  }
  return (key) =>
    key === null
      ? NO_KEY_COLOR
      : (KEY_COLORS[(indexOf.get(key) ?? hashKey(key)) % KEY_COLORS.length] ?? NO_KEY_COLOR)
}
