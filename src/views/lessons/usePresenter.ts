import { useEffect } from 'react'
import type { Lesson } from '../../lessons'
import { useAppStore } from '../../store/appStore'
import type { LessonSession } from '../../store/lessonSession'
import { useLessonSession } from '../../store/lessonSession'
import { presenterCommand } from '../../store/presenterKeys'
import { goToStep } from './lessonControl'

/** Fields whose own keys (typing, choosing from a list) must win over the clicker's. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox'].includes(target.type)
  return (
    target.isContentEditable ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  )
}

/** The page goes fullscreen when the browser allows it; presenter mode works without it too. */
function usePresenterScreen(active: boolean): void {
  const setPresenter = useLessonSession((s) => s.setPresenter)
  useEffect(() => {
    if (!active) return
    const root = document.documentElement
    root.classList.add('presenter')
    // Esc in fullscreen is the browser's: it leaves fullscreen, and so presenter mode.
    const onFullscreenChange = (): void => {
      if (document.fullscreenElement === null) setPresenter(false)
    }
    document.addEventListener('fullscreenchange', onFullscreenChange)
    if (document.fullscreenEnabled && document.fullscreenElement === null) {
      root.requestFullscreen().catch(() => {
        // Refused (no user gesture, a policy, an iframe): the large, high-contrast view remains.
      })
    }
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange)
      root.classList.remove('presenter')
      if (document.fullscreenElement !== null) {
        document.exitFullscreen().catch(() => {
          // Already left by the browser.
        })
      }
    }
  }, [active, setPresenter])
}

/** A clicker's keys (and the keyboard's) step through the lesson; nothing needs the mouse. */
function usePresenterKeys(active: boolean, lesson: Lesson, session: LessonSession): void {
  useEffect(() => {
    if (!active) return
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return
      if (useAppStore.getState().helpOpen) return
      const command = presenterCommand(event.key)
      if (command === null) return
      event.preventDefault()
      const { setPresenter, guess } = useLessonSession.getState()
      switch (command.kind) {
        case 'next':
          goToStep(lesson, session.step + 1)
          return
        case 'previous':
          goToStep(lesson, session.step - 1)
          return
        case 'leave':
          setPresenter(false)
          return
        case 'choose': {
          const choice = lesson.steps[session.step]?.predict?.choices[command.choice]?.text
          if (choice !== undefined) guess(session.step, choice)
          return
        }
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [active, lesson, session.step])
}

/** Presenter mode: fullscreen, large high-contrast type (the `presenter` class), clicker keys. */
export function usePresenter(lesson: Lesson, session: LessonSession): void {
  usePresenterScreen(session.presenter)
  usePresenterKeys(session.presenter, lesson, session)
}
