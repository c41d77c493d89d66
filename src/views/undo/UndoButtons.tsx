import type { EditHistory } from '../../store/editHistory'
import { redoLabel, undoLabel } from '../../store/editHistory'

/**
 * Undo and Redo, each naming the edit it acts on ("Undo: add cleaner run at 30 s"), disabled when
 * there is none. Used for the scenario and for a lesson being written alike.
 */
export function UndoButtons<T>({
  history,
  undo,
  redo,
  what,
}: {
  readonly history: EditHistory<T>
  readonly undo: () => void
  readonly redo: () => void
  /** What is edited, for the group's name ("Scenario edits"). */
  readonly what: string
}) {
  const undoing = undoLabel(history)
  const redoing = redoLabel(history)
  return (
    <span className="undo-buttons" role="group" aria-label={what}>
      <button
        type="button"
        className="button undo-buttons__button"
        disabled={undoing === null}
        title={undoing === null ? 'Nothing to undo' : `Undo: ${undoing} (Ctrl+Z)`}
        aria-keyshortcuts="Control+Z"
        onClick={undo}
      >
        {undoing === null ? 'Undo' : `Undo: ${undoing}`}
      </button>
      <button
        type="button"
        className="button undo-buttons__button"
        disabled={redoing === null}
        title={redoing === null ? 'Nothing to redo' : `Redo: ${redoing} (Ctrl+Shift+Z)`}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        onClick={redo}
      >
        {redoing === null ? 'Redo' : `Redo: ${redoing}`}
      </button>
    </span>
  )
}
