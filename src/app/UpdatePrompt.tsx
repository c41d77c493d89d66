import { useRegisterSW } from 'virtual:pwa-register/react'
import './notices.css'

/**
 * Registers the service worker that keeps the app working offline. A new version never reloads
 * by itself (a lesson may be under way): it waits here until the user chooses to reload.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW()
  if (!needRefresh) return null
  return (
    <div className="notices">
      <div className="notice" role="status">
        <p>A new version of Rewind Lab is available. Reload when ready; this page keeps working.</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            void updateServiceWorker(true)
          }}
        >
          Reload now
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setNeedRefresh(false)
          }}
        >
          Later
        </button>
      </div>
    </div>
  )
}
