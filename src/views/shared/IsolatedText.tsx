import { FSI, PDI } from '../../sim'

const ISOLATE = new RegExp(`${FSI}([^${FSI}${PDI}]*)${PDI}`)

/**
 * Plain text whose user strings are isolated by FSI … PDI (`isolate`: narration, notices), drawn
 * with each isolate as a `<bdi>`: the same isolation, and the page's text, copied or read by a
 * screen reader, has no invisible controls in it.
 */
export function IsolatedText({ text }: { readonly text: string }) {
  // `split` with a capturing group puts every isolate's text at the odd places.
  const parts = text.split(ISOLATE)
  return parts.map((part, i) => (i % 2 === 1 ? <bdi key={i}>{part}</bdi> : part))
}
