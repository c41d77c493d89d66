import type { EditHistory } from '../store/editHistory'
import { historyToRedo, historyToUndo } from '../store/editHistory'

/** Something the user edits with its own history: the scenario, a lesson being written. */
export interface Undoable {
  readonly history: EditHistory<unknown>
  readonly undo: () => void
  readonly redo: () => void
}

export type UndoCommand = 'undo' | 'redo'

/** Ctrl+Z (⌘Z) undoes; Ctrl+Shift+Z and Ctrl+Y redo; anything else is not ours. */
export function undoCommand(event: {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
  readonly altKey: boolean
}): UndoCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  return null
}

/** Runs `command` on whichever of `targets` holds the edit it concerns; false when none does. */
export function runUndoCommand(command: UndoCommand, targets: readonly Undoable[]): boolean {
  const histories = targets.map((t) => t.history)
  const target = targets[command === 'undo' ? historyToUndo(histories) : historyToRedo(histories)]
  if (target === undefined) return false
  if (command === 'undo') target.undo()
  else target.redo()
  return true
}
