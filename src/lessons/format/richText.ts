/**
 * The light formatting of a lesson's text, read as data and drawn as text: never HTML. A blank
 * line starts a paragraph; `**strong**`, `` `code` `` and `[words](https://…)` are the only marks.
 */
export type Span =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string }

export type Paragraph = readonly Span[]

const MARK = /`([^`\n]+)`|\*\*([^*\n]+)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)/g
/** Only secure web links: no `javascript:`, `data:`, `http:`, relative or protocol-less targets. */
const HTTPS_LINK = /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s"'<>\\`]*)?$/

/** The paragraphs of `text` and their marks. A link to anything but https stays plain text. */
export function parseRichText(text: string): Paragraph[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map(parseParagraph)
}

/** The targets of `[words](target)` marks in `text` that are not https links, to refuse them. */
export function nonHttpsLinks(text: string): string[] {
  return [...text.matchAll(MARK)]
    .map((m) => m[4])
    .filter((href): href is string => href !== undefined && !HTTPS_LINK.test(href))
}

function parseParagraph(paragraph: string): Span[] {
  const spans: Span[] = []
  let at = 0
  for (const m of paragraph.matchAll(MARK)) {
    if (m.index > at) spans.push({ kind: 'text', text: paragraph.slice(at, m.index) })
    const [whole, code, strong, label, href] = m
    if (code !== undefined) spans.push({ kind: 'code', text: code })
    else if (strong !== undefined) spans.push({ kind: 'strong', text: strong })
    else if (label !== undefined && href !== undefined && HTTPS_LINK.test(href))
      spans.push({ kind: 'link', text: label, href })
    else spans.push({ kind: 'text', text: whole })
    at = m.index + whole.length
  }
  if (at < paragraph.length) spans.push({ kind: 'text', text: paragraph.slice(at) })
  return spans
}
