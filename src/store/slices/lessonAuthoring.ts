import type { LessonDraft } from '../../lessons/authoring/draft'
import { draftId, newDraft } from '../../lessons/authoring/draft'
import type { AppSlice } from '../appStore'
import type { EditHistory } from '../editHistory'
import { emptyHistory, recordEdit, redoEdit, undoEdit } from '../editHistory'

/**
 * A lesson being written in the app ("New lesson"): the draft and its own undo history. The
 * scenario it is written over keeps its own history (`history`); the undo keys take back
 * whichever edit was made last (`historyToUndo`).
 */
export interface LessonAuthoringState {
  readonly lessonDraft: LessonDraft | null
  readonly lessonDraftHistory: EditHistory<LessonDraft>
}

export interface LessonAuthoringActions {
  /** Starts writing a new lesson (replacing any draft: the caller asks first). */
  startLessonDraft: (now: number) => void
  /** Applies `change` to the draft as one undoable edit named `label`. */
  editLessonDraft: (label: string, change: (draft: LessonDraft) => LessonDraft) => void
  undoLessonDraft: () => void
  redoLessonDraft: () => void
  /** Stops writing; the draft is gone (a saved lesson stays in Your lessons). */
  closeLessonDraft: () => void
}

/** Nothing being written. */
export function initialLessonAuthoring(): LessonAuthoringState {
  return { lessonDraft: null, lessonDraftHistory: emptyHistory() }
}

/** Drafts are replaced whole with plain `set`, never changed in place through an Immer draft. */
export const createLessonAuthoringSlice: AppSlice<LessonAuthoringActions> = (set, get) => {
  const travel = (step: typeof undoEdit<LessonDraft>): void => {
    const { lessonDraft, lessonDraftHistory } = get()
    if (lessonDraft === null) return
    const moved = step(lessonDraftHistory, lessonDraft)
    if (moved !== null) set({ lessonDraft: moved.value, lessonDraftHistory: moved.history })
  }
  return {
    startLessonDraft: (now) => {
      set({ lessonDraft: newDraft(draftId(now)), lessonDraftHistory: emptyHistory() })
    },
    editLessonDraft: (label, change) => {
      const { lessonDraft, lessonDraftHistory } = get()
      if (lessonDraft === null) return
      const next = change(lessonDraft)
      if (next !== lessonDraft)
        set({
          lessonDraft: next,
          lessonDraftHistory: recordEdit(lessonDraftHistory, lessonDraft, label),
        })
    },
    undoLessonDraft: () => {
      travel(undoEdit)
    },
    redoLessonDraft: () => {
      travel(redoEdit)
    },
    closeLessonDraft: () => {
      set(initialLessonAuthoring())
    },
  }
}
