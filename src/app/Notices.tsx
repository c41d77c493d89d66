import { useAppStore } from '../store/appStore'
import { downloadHeldDraft } from './draft'
import './notices.css'
import { IsolatedText } from '../views/shared/IsolatedText'

/** Messages for the user: bad links, refused actions, storage problems. Each can be dismissed. */
export function Notices() {
  const notices = useAppStore((s) => s.notices)
  const dismissNotice = useAppStore((s) => s.dismissNotice)
  const backToScenarioSetAside = useAppStore((s) => s.backToScenarioSetAside)
  if (notices.length === 0) return null
  return (
    <ul className="notices" aria-label="Messages">
      {notices.map((notice) => (
        // The role sits on the text: a list item must stay a list item.
        <li key={notice.id} className={`notice notice--${notice.tone}`}>
          <p role={notice.tone === 'error' ? 'alert' : 'status'}>
            <IsolatedText text={notice.text} />
            {notice.times > 1 ? ` (${String(notice.times)} times)` : ''}
          </p>
          {notice.offer === 'download-held-draft' && (
            <button
              type="button"
              className="button"
              onClick={() => {
                downloadHeldDraft()
                dismissNotice(notice.id)
              }}
            >
              Download the unreadable draft
            </button>
          )}
          {notice.offer === 'back-to-scenario-set-aside' && (
            <button
              type="button"
              className="button"
              onClick={() => {
                dismissNotice(notice.id)
                void backToScenarioSetAside()
              }}
            >
              Back to my scenario
            </button>
          )}
          <button
            type="button"
            className="button button--quiet"
            aria-label="Dismiss message"
            onClick={() => {
              dismissNotice(notice.id)
            }}
          >
            Dismiss
          </button>
        </li>
      ))}
    </ul>
  )
}
