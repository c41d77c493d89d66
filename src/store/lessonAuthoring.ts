import { create } from 'zustand'
import type { LessonDraft } from '../lessons/authoring/draft'
import { draftId, newDraft } from '../lessons/authoring/draft'
import type { EditHistory } from './editHistory'
import { emptyHistory, recordEdit, redoEdit, undoEdit } from './editHistory'

/**
 * A lesson being written in the app ("New lesson"): the draft and its own undo history. The
 * scenario it is written over stays in the app store, with its own history; the undo keys take
 * back whichever edit was made last (`historyToUndo`).
 */
interface LessonAuthoringState {
  readonly draft: LessonDraft | null
  readonly history: EditHistory<LessonDraft>
  /** Starts writing a new lesson (replacing any draft: the caller asks first). */
  readonly start: (now: number) => void
  /** Applies `change` to the draft as one undoable edit named `label`. */
  readonly edit: (label: string, change: (draft: LessonDraft) => LessonDraft) => void
  readonly undo: () => void
  readonly redo: () => void
  /** Stops writing; the draft is gone (a saved lesson stays in Your lessons). */
  readonly close: () => void
}

/** Plain zustand (no Immer): drafts are replaced whole, never changed in place. */
export const useLessonAuthoring = create<LessonAuthoringState>()((set, get) => {
  const travel = (step: typeof undoEdit<LessonDraft>): void => {
    const { draft, history } = get()
    if (draft === null) return
    const moved = step(history, draft)
    if (moved !== null) set({ draft: moved.value, history: moved.history })
  }
  return {
    draft: null,
    history: emptyHistory(),
    start: (now) => {
      set({ draft: newDraft(draftId(now)), history: emptyHistory() })
    },
    edit: (label, change) => {
      const { draft, history } = get()
      if (draft === null) return
      const next = change(draft)
      if (next !== draft) set({ draft: next, history: recordEdit(history, draft, label) })
    },
    undo: () => {
      travel(undoEdit)
    },
    redo: () => {
      travel(redoEdit)
    },
    close: () => {
      set({ draft: null, history: emptyHistory() })
    },
  }
})
