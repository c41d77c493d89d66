import { MONO_CHAR_EM } from '../../derive/scene'

/** Between a store entry's key and its value, as the job box prints them. */
export const STORE_ARROW = ' → '

/**
 * A store entry ("key → value") shortened with "…" to fit `maxPx` of a job box in the stage's
 * monospace type at `px`: the value is cut first, the key (which names the entry) only when it
 * alone is too long. The box's tooltip keeps the entry in full.
 */
export function fitStoreEntry(
  key: string,
  value: string,
  maxPx: number,
  px: number,
): { readonly key: string; readonly value: string } {
  const room = Math.floor(maxPx / (px * MONO_CHAR_EM) + 1e-9) - STORE_ARROW.length
  // Code points, so that "…" never splits a character in two.
  const keyChars = Array.from(key)
  const valueChars = Array.from(value)
  if (keyChars.length + valueChars.length <= room) return { key, value }
  // Two characters at least are left for the value's start and its "…".
  const keyKept = Math.min(keyChars.length, Math.max(1, room - 2))
  const valueRoom = Math.max(1, room - keyKept)
  return {
    key: cut(keyChars, keyKept),
    value: cut(valueChars, valueRoom),
  }
}

/** The first `length` characters, the last of them "…" when some were left out. */
function cut(chars: readonly string[], length: number): string {
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length - 1).join('')}…`
}
