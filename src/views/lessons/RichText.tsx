import { parseRichText } from '../../lessons/format/richText'
import type { Span } from '../../lessons/format/richText'

/**
 * A lesson's text with its light formatting, drawn as React text nodes: whatever a lesson holds,
 * nothing in it becomes HTML, and only https links become links (opened in a new tab, with no
 * access back to this page).
 */
export function RichText({ text, className }: { text: string; className: string }) {
  return parseRichText(text).map((paragraph, i) => (
    <p key={i} className={className}>
      {paragraph.map((span, j) => (
        <SpanView key={j} span={span} />
      ))}
    </p>
  ))
}

function SpanView({ span }: { span: Span }) {
  switch (span.kind) {
    case 'text':
      return span.text
    case 'strong':
      return <strong>{span.text}</strong>
    case 'code':
      return <code>{span.text}</code>
    case 'link':
      return (
        <a href={span.href} target="_blank" rel="noopener noreferrer">
          {span.text}
        </a>
      )
  }
}
