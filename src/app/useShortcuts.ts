import { useEffect } from 'react'
import { useAppStore } from '../store/appStore'
import { presenterCommand } from '../store/presenterKeys'
import { isEditable } from './editableTarget'
import { BIG_STEP } from './shortcuts'
import { followedLesson } from '../store/slices/lessonSession'

/**
 * The app-wide keys (listed in the `?` dialog); buttons and inputs keep their own keys. In
 * presenter mode during a lesson, the lesson's keys (steps, votes) come first and are handled there.
 */
export function useShortcuts(step: (count: number) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return
      const store = useAppStore.getState()
      if (store.helpOpen) return
      const inLesson = followedLesson(useAppStore.getState().lessonSession) !== null
      if (store.presenting && inLesson && presenterCommand(event.key) !== null) return
      const onButton = event.target instanceof HTMLButtonElement
      const handled = ((): boolean => {
        switch (event.key) {
          case ' ':
            // Space on a focused button presses that button.
            if (onButton) return false
            store.togglePlay()
            return true
          case 'k':
          case 'K':
            store.togglePlay()
            return true
          case 'l':
          case 'L':
            store.playOrFaster(1)
            return true
          case 'j':
          case 'J':
            store.playOrFaster(-1)
            return true
          case 'ArrowRight':
            step(event.shiftKey ? BIG_STEP : 1)
            return true
          case 'ArrowLeft':
            step(event.shiftKey ? -BIG_STEP : -1)
            return true
          case 'PageDown':
            step(BIG_STEP)
            return true
          case 'PageUp':
            step(-BIG_STEP)
            return true
          case 'Home':
            store.pause()
            store.seek(0)
            return true
          case 'End':
            store.pause()
            store.seek(store.scenario.durationMs)
            return true
          case '+':
          case '=':
            store.zoomLog(0.5)
            return true
          case '-':
            store.zoomLog(2)
            return true
          case '?':
            store.setHelpOpen(true)
            return true
          case 'p':
          case 'P':
            store.setPresenting(!store.presenting)
            return true
          default:
            return false
        }
      })()
      if (handled) event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [step])
}
