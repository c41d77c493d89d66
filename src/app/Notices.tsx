import { useAppStore } from '../store/appStore'

/** Messages for the user: bad links, refused actions, storage problems. Each can be dismissed. */
export function Notices() {
  const notices = useAppStore((s) => s.notices)
  const dismissNotice = useAppStore((s) => s.dismissNotice)
  if (notices.length === 0) return null
  return (
    <ul className="notices" aria-label="Messages">
      {notices.map((notice) => (
        <li
          key={notice.id}
          className={`notice notice--${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <p>{notice.text}</p>
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
