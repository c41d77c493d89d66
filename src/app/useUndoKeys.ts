import { useEffect } from 'react'
import { useAppStore } from '../store/appStore'
import { isEditable } from './editableTarget'
import { runUndoCommand, undoCommand, type Undoable } from './undoKeys'

/** What the undo keys can act on: the scenario's edits and those of a lesson being written. */
function undoTargets(): Undoable[] {
  const app = useAppStore.getState()
  return [
    { history: app.history, undo: app.undo, redo: app.redo },
    { history: app.lessonDraftHistory, undo: app.undoLessonDraft, redo: app.redoLessonDraft },
  ]
}

/**
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo the newest edit. In a text field the browser's own
 * undo of the typing comes first, so the keys are left to it there.
 */
export function useUndoKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const command = undoCommand(event)
      if (command === null || isEditable(event.target)) return
      if (useAppStore.getState().computing !== null) return
      if (runUndoCommand(command, undoTargets())) event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [])
}
