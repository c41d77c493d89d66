import { useState } from 'react'
import { LINK_LIMITS } from '../scenario/link/fragment'
import { formatNumber } from '../sim'
import { useAppStore } from '../store/appStore'
import { currentLink } from './useUrlSync'
import './share.css'

/** Chat apps and browser histories cut links longer than this (ECOSYSTEM §1.1). */
const CHAT_SAFE_CHARS = 2_000

/** "Copy link": the whole scenario, the cursor and the view in one URL, shown as well as copied. */
export function ShareMenu() {
  const notify = useAppStore((s) => s.notify)
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null)

  const share = async (): Promise<void> => {
    const fragment = await currentLink()
    if (fragment.length > LINK_LIMITS.fragmentChars) {
      notify('error', 'This scenario is too large for a link; use Export to share it as a file.')
      return
    }
    const url = `${location.origin}${location.pathname}#${fragment}`
    history.replaceState(null, '', `#${fragment}`)
    let copied = false
    try {
      await navigator.clipboard.writeText(url)
      copied = true
    } catch {
      // Clipboard access can be refused; the link stays selectable below.
    }
    setLink({ url, copied })
  }

  return (
    <div className="share">
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          void share()
        }}
      >
        Copy link
      </button>
      {link !== null && (
        <div className="share__popover" role="status">
          <p>
            {link.copied ? 'Link copied.' : 'Copy this link:'} {formatNumber(link.url.length)}{' '}
            characters
            {link.url.length > CHAT_SAFE_CHARS &&
              ' — long links may be cut off in chat apps; Export gives a file.'}
          </p>
          <input
            type="text"
            readOnly
            aria-label="Share link"
            value={link.url}
            onFocus={(event) => {
              event.target.select()
            }}
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setLink(null)
            }}
          >
            Close
          </button>
        </div>
      )}
    </div>
  )
}
