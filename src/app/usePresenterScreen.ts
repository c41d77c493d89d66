import { useEffect } from 'react'
import { useAppStore } from '../store/appStore'
import { presenterCommand } from '../store/presenterKeys'

/**
 * Presenter mode's screen, for any scenario: the `presenter` class on <html> (large type, high
 * contrast, the stage and one band of text), fullscreen when the browser allows it, Esc to leave.
 */
export function usePresenterScreen(): void {
  const presenting = useAppStore((s) => s.presenting)
  const setPresenting = useAppStore((s) => s.setPresenting)
  useEffect(() => {
    if (!presenting) return
    const root = document.documentElement
    root.classList.add('presenter')
    // Esc in fullscreen is the browser's: it leaves fullscreen, and so presenter mode.
    const onFullscreenChange = (): void => {
      if (document.fullscreenElement === null) setPresenting(false)
    }
    // Esc without fullscreen (refused, or in a window) leaves too; the keys dialog keeps its own.
    const onKeyDown = (event: KeyboardEvent): void => {
      if (presenterCommand(event.key)?.kind !== 'leave' || useAppStore.getState().helpOpen) return
      event.preventDefault()
      setPresenting(false)
    }
    document.addEventListener('fullscreenchange', onFullscreenChange)
    window.addEventListener('keydown', onKeyDown)
    if (document.fullscreenEnabled && document.fullscreenElement === null) {
      root.requestFullscreen().catch(() => {
        // Refused (no user gesture, a policy, an iframe): the large, high-contrast view remains.
      })
    }
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange)
      window.removeEventListener('keydown', onKeyDown)
      root.classList.remove('presenter')
      if (document.fullscreenElement !== null) {
        document.exitFullscreen().catch(() => {
          // Already left by the browser.
        })
      }
    }
  }, [presenting, setPresenting])
}
