/**
 * A job box's title, shortened to fit the box: the box is a third of the stage at most, and in
 * presenter mode its 20 px bold title ("page-counter_shared · never started · lag 0") is wider.
 * Widths are estimated from the bold sans face's glyphs, on the wide side so the text stays inside.
 */

const NARROW = ' .,·:-_ijlrtf1I|()'
const WIDE = 'mwMW'

/** The estimated width of `text` in bold sans at `px`. */
export function boldSansWidth(text: string, px: number): number {
  let em = 0
  for (const ch of text) em += WIDE.includes(ch) ? 1.05 : NARROW.includes(ch) ? 0.5 : 0.74
  return em * px
}

/** `text` cut in its middle with "…" to fit `maxPx`: a job's name differs at its end (_1, _2). */
function middleShortened(text: string, maxPx: number, px: number): string {
  // Code points, so that "…" never splits a character in two.
  const chars = Array.from(text)
  for (let keep = chars.length - 1; keep > 1; keep--) {
    const head = Math.ceil(keep / 2)
    const shortened = `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`
    if (boldSansWidth(shortened, px) <= maxPx) return shortened
  }
  return '…'
}

/**
 * The first of name · status · lag, name · lag, and the name alone that fits `maxPx`; else the
 * name cut in its middle. The box's tooltip and accessible name keep the full title.
 */
export function fitJobTitle(
  job: { readonly id: string; readonly status: string; readonly lag: number },
  maxPx: number,
  px: number,
): string {
  const candidates = [
    `${job.id} · ${job.status} · lag ${String(job.lag)}`,
    `${job.id} · lag ${String(job.lag)}`,
    job.id,
  ]
  return candidates.find((c) => boldSansWidth(c, px) <= maxPx) ?? middleShortened(job.id, maxPx, px)
}
