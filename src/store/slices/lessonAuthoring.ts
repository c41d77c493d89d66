import type { LessonDraft } from '../../lessons/authoring/draft'
import { draftId, newDraft } from '../../lessons/authoring/draft'
import type { AppSlice } from '../appStore'
import type { EditHistory } from '../editHistory'
import { emptyHistory, recordEdit, redoEdit, undoEdit } from '../editHistory'

/**
 * A lesson being written in the app ("New lesson"): the draft and its own undo history. The
 * scenario it is written over keeps its own history (`history`); the undo keys take back
 * whichever edit was made last (`historyToUndo`). Starting and closing are edits too, so a
 * closed draft comes back with undo.
 */
export interface LessonAuthoringState {
  /** The lesson being written; null when none is (never started, or closed). */
  readonly lessonDraft: LessonDraft | null
  readonly lessonDraftHistory: EditHistory<LessonDraft | null>
  /** The draft as it was last kept under Your lessons: closing it then loses nothing. */
  readonly savedLessonDraft: LessonDraft | null
}

export interface LessonAuthoringActions {
  /** Starts writing a new lesson (undo goes back to what was there before). */
  startLessonDraft: (now: number) => void
  /**
   * Opens `draft` (a lesson already written) as one undoable edit named `label`; `kept` when it is
   * the one under Your lessons, so closing it unchanged loses nothing.
   */
  openLessonDraft: (draft: LessonDraft, label: string, kept: boolean) => void
  /** Applies `change` to the draft as one undoable edit named `label`. */
  editLessonDraft: (label: string, change: (draft: LessonDraft) => LessonDraft) => void
  /** Notes that `draft` is now kept under Your lessons. */
  markLessonDraftSaved: (draft: LessonDraft) => void
  undoLessonDraft: () => void
  redoLessonDraft: () => void
  /** Stops writing, as an undoable edit: undo reopens the draft (the caller asks first). */
  closeLessonDraft: () => void
}

/** Nothing being written. */
export function initialLessonAuthoring(): LessonAuthoringState {
  return { lessonDraft: null, lessonDraftHistory: emptyHistory(), savedLessonDraft: null }
}

/** Drafts are replaced whole with plain `set`, never changed in place through an Immer draft. */
export const createLessonAuthoringSlice: AppSlice<LessonAuthoringActions> = (set, get) => {
  const travel = (step: typeof undoEdit<LessonDraft | null>): void => {
    const { lessonDraft, lessonDraftHistory } = get()
    const moved = step(lessonDraftHistory, lessonDraft)
    if (moved !== null) set({ lessonDraft: moved.value, lessonDraftHistory: moved.history })
  }
  const replace = (label: string, next: LessonDraft | null): void => {
    const { lessonDraft, lessonDraftHistory } = get()
    if (next === lessonDraft) return
    set({
      lessonDraft: next,
      lessonDraftHistory: recordEdit(lessonDraftHistory, lessonDraft, label),
    })
  }
  return {
    startLessonDraft: (now) => {
      replace('start a new lesson', newDraft(draftId(now)))
    },
    openLessonDraft: (draft, label, kept) => {
      replace(label, draft)
      if (kept) set({ savedLessonDraft: draft })
    },
    editLessonDraft: (label, change) => {
      const { lessonDraft } = get()
      if (lessonDraft !== null) replace(label, change(lessonDraft))
    },
    markLessonDraftSaved: (draft) => {
      set({ savedLessonDraft: draft })
    },
    undoLessonDraft: () => {
      travel(undoEdit)
    },
    redoLessonDraft: () => {
      travel(redoEdit)
    },
    closeLessonDraft: () => {
      const { lessonDraft } = get()
      if (lessonDraft !== null) {
        replace(`close "${lessonDraft.title || 'the new lesson'}"`, null)
      }
    },
  }
}

/**
 * Whether closing would drop work not kept anywhere: the draft has something written (a title, a
 * summary or a step) and is not as it was last kept under Your lessons.
 */
export function hasUnsavedWork(state: LessonAuthoringState): boolean {
  const { lessonDraft: draft, savedLessonDraft: saved } = state
  if (draft === null || draft === saved) return false
  return draft.title !== '' || draft.summary !== '' || draft.steps.length > 0
}
