import { useEffect } from 'react'
import type { Lesson } from '../../lessons'
import { useAppStore } from '../../store/appStore'
import { presenterCommand } from '../../store/presenterKeys'
import type { LessonSession } from '../../store/slices/lessonSession'

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

/**
 * A clicker's keys (and the keyboard's) step through the lesson and count the class's votes;
 * nothing needs the mouse. Esc is presenter mode's own, for any scenario (usePresenterScreen).
 */
export function usePresenterKeys(
  lesson: Lesson,
  session: LessonSession,
  next: () => void,
  previous: () => void,
): void {
  const presenting = useAppStore((s) => s.presenting)
  useEffect(() => {
    if (!presenting) return
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return
      if (useAppStore.getState().helpOpen) return
      const command = presenterCommand(event.key)
      if (command === null || command.kind === 'leave') return
      event.preventDefault()
      const { vote, unvote } = useAppStore.getState()
      switch (command.kind) {
        case 'next':
          next()
          return
        case 'previous':
          previous()
          return
        case 'choose': {
          const choices = lesson.steps[session.step]?.predict?.choices.length ?? 0
          if (command.choice < choices) vote(session.step, command.choice)
          return
        }
        case 'unvote':
          unvote(session.step)
          return
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [presenting, lesson, session.step, next, previous])
}
