import { useAppStore } from '../../store/appStore'
import { UndoButtons } from './UndoButtons'
import './undo.css'

/** Undo and Redo of the scenario's edits, in the header. */
export function ScenarioUndo() {
  const history = useAppStore((s) => s.history)
  const undo = useAppStore((s) => s.undo)
  const redo = useAppStore((s) => s.redo)
  return <UndoButtons history={history} undo={undo} redo={redo} what="Scenario edits" />
}
