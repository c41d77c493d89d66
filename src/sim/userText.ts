/**
 * User text (record keys and values, scenario, branch and file names) inside our own sentences.
 * Two dangers: a right-to-left override (U+202E) in a key reorders the rest of the sentence, and a
 * zero-width character makes two different keys look identical. So user text is isolated (FSI …
 * PDI, U+2068 … U+2069: its direction stays inside it) and characters that draw nothing are shown
 * as a visible marker. Pure: narration, exports and views all use it.
 */

/** First strong isolate and pop directional isolate (Unicode Bidirectional Algorithm). */
export const FSI = '\u2068'
export const PDI = '\u2069'

/**
 * Characters that draw nothing: zero-width spaces and joiners, direction marks, the word joiner
 * and invisible operators, the byte-order mark, soft hyphen, the Mongolian vowel separator, Hangul
 * fillers and, because one inside an isolate would end it early, the isolate controls themselves.
 * Embeddings and overrides (U+202A–U+202E) stay: an isolate contains them.
 */
// Combining marks (U+034F, U+17B4, U+17B5) stand alone: in a class they would join their neighbour.
const INVISIBLE =
  /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0]|\u034F|\u17B4|\u17B5/g

const ZERO_WIDTH_JOINER = '\u200D'
/** A pictograph ending the text, with its emoji presentation selector and skin tone, if any. */
const PICTOGRAPH_BEFORE = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*$/u
const PICTOGRAPH_AFTER = /^\p{Extended_Pictographic}/u

/**
 * `text` with every character that draws nothing shown as `⟨U+200B⟩`, except a zero-width joiner
 * between two pictographs: it joins an emoji sequence (👩‍💻, ❤️‍🔥, 🏳️‍🌈) into one picture, so it
 * is seen, and marking it would break the emoji apart.
 */
export function showInvisibles(text: string): string {
  return text.replace(INVISIBLE, (char: string, at: number) =>
    char === ZERO_WIDTH_JOINER && joinsPictographs(text, at) ? char : `⟨U+${hex(char)}⟩`,
  )
}

/** Whether the joiner at `at` stands between two pictographs (an emoji ZWJ sequence). */
function joinsPictographs(text: string, at: number): boolean {
  // A pictograph and its modifiers take at most 5 UTF-16 units: 8 before the joiner is enough.
  return (
    PICTOGRAPH_BEFORE.test(text.slice(Math.max(0, at - 8), at)) &&
    PICTOGRAPH_AFTER.test(text.slice(at + 1, at + 3))
  )
}

/** `text` as it goes into a sentence: invisible characters shown, its direction kept to itself. */
export function isolate(text: string): string {
  return `${FSI}${showInvisibles(text)}${PDI}`
}

function hex(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
}
