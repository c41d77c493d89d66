import type { LessonDraft } from '../../lessons/authoring/draft'
import { draftId, newDraft } from '../../lessons/authoring/draft'
import type { AppSlice } from '../appStore'
import type { EditHistory } from '../editHistory'
import { emptyHistory, recordEdit, redoEdit, undoEdit } from '../editHistory'
import { makeOpener } from '../opening'
import { reopeningOf, type Stash } from './lessonSession'
import { type NoticesState, withNotice } from './notices'

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
  /**
   * The user's own scenario, set aside when a lesson opened over its own scenario to be edited:
   * edits meanwhile are the lesson's, never saved over the user's draft, and closing the lesson
   * offers it back.
   */
  readonly scenarioSetAside: Stash | null
}

export interface LessonAuthoringActions {
  /** Starts writing a new lesson (undo goes back to what was there before). */
  startLessonDraft: (now: number) => void
  /**
   * Opens `draft` (a lesson already written) as one undoable edit named `label`; `kept` when it is
   * the one under Your lessons, so closing it unchanged loses nothing. `setAside` is the user's
   * scenario when the lesson's own replaced it on screen.
   */
  openLessonDraft: (draft: LessonDraft, label: string, kept: boolean, setAside?: Stash) => void
  /** Applies `change` to the draft as one undoable edit named `label`. */
  editLessonDraft: (label: string, change: (draft: LessonDraft) => LessonDraft) => void
  /** Notes that `draft` is now kept under Your lessons. */
  markLessonDraftSaved: (draft: LessonDraft) => void
  undoLessonDraft: () => void
  redoLessonDraft: () => void
  /**
   * Stops writing, as an undoable edit: undo reopens the draft (the caller asks first). Over a
   * lesson's own scenario, a message offers the scenario set aside back.
   */
  closeLessonDraft: () => void
  /** Opens the scenario set aside, where it was (the saved draft is left as it is). */
  backToScenarioSetAside: () => Promise<void>
}

/** Nothing being written. */
export function initialLessonAuthoring(): LessonAuthoringState {
  return {
    lessonDraft: null,
    lessonDraftHistory: emptyHistory(),
    savedLessonDraft: null,
    scenarioSetAside: null,
  }
}

/** Drafts are replaced whole with plain `set`, never changed in place through an Immer draft. */
export const createLessonAuthoringSlice: AppSlice<LessonAuthoringActions> = (set, get) => {
  const open = makeOpener(set, get)
  const travel = (step: typeof undoEdit<LessonDraft | null>): void => {
    const { lessonDraft, lessonDraftHistory } = get()
    const moved = step(lessonDraftHistory, lessonDraft)
    if (moved !== null) set({ lessonDraft: moved.value, lessonDraftHistory: moved.history })
  }
  /** Records the edit, with `also` changed in the same change. */
  const replace = (
    label: string,
    next: LessonDraft | null,
    also: Partial<LessonAuthoringState & NoticesState> = {},
  ): void => {
    const { lessonDraft, lessonDraftHistory } = get()
    if (next === lessonDraft) return
    set({
      ...also,
      lessonDraft: next,
      lessonDraftHistory: recordEdit(lessonDraftHistory, lessonDraft, label),
    })
  }
  return {
    startLessonDraft: (now) => {
      // A new lesson is written over the scenario on screen, whatever was set aside before it.
      replace('start a new lesson', newDraft(draftId(now)), { scenarioSetAside: null })
    },
    openLessonDraft: (draft, label, kept, setAside) => {
      replace(label, draft, {
        ...(kept ? { savedLessonDraft: draft } : {}),
        ...(setAside !== undefined ? { scenarioSetAside: setAside } : {}),
      })
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
      const { lessonDraft, scenarioSetAside } = get()
      if (lessonDraft === null) return
      const title = lessonDraft.title || 'the new lesson'
      const offer =
        scenarioSetAside === null
          ? {}
          : {
              notices: withNotice(
                get().notices,
                'info',
                `Your scenario was set aside, unchanged, while "${title}" was edited over its own.`,
                'back-to-scenario-set-aside',
              ),
            }
      replace(`close "${title}"`, null, offer)
    },
    backToScenarioSetAside: async () => {
      const stash = get().scenarioSetAside
      if (stash === null) return
      const opened = await open(reopeningOf(stash))
      if (opened === 'opened') set({ scenarioSetAside: null })
      else if (typeof opened === 'object') get().notify('error', opened.refused)
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
