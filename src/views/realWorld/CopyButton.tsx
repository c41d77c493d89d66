import { useState } from 'react'

/** Copies `text` to the clipboard; says so (or why not) in a live region. */
export function CopyButton({ text, what }: { readonly text: string; readonly what: string }) {
  const [status, setStatus] = useState('')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setStatus('Copied')
    } catch {
      setStatus('Copy blocked: select the text instead')
    }
  }
  return (
    <span className="copy">
      <button
        type="button"
        className="button button--quiet copy__button"
        aria-label={`Copy ${what}`}
        onClick={() => {
          void copy()
        }}
      >
        Copy
      </button>
      <span className="copy__status" role="status">
        {status}
      </span>
    </span>
  )
}
