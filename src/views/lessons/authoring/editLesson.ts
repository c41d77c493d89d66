import type { Lesson } from '../../../lessons'
import { draftId } from '../../../lessons/authoring/draft'
import {
  copyOfLesson,
  documentOfLesson,
  draftOfLesson,
} from '../../../lessons/authoring/fromLesson'
import { isolate } from '../../../sim'
import { currentStash, useAppStore } from '../../../store/appStore'

/**
 * Opens a lesson in the editor over its own scenario (both branches when it has two), at its
 * first step's time. One of the user's is edited in place: saving replaces it under Your lessons.
 * Any other (`asCopy`, a built-in lesson) becomes a new lesson of theirs, made at `now`. The
 * user's own scenario is set aside, for closing the lesson to offer back.
 */
export async function editLesson(lesson: Lesson, asCopy: boolean, now: number): Promise<void> {
  // The user's own scenario: the one a lesson in progress set aside, or the one on screen.
  const setAside = useAppStore.getState().lessonSession?.stash ?? currentStash()
  const opened = await useAppStore
    .getState()
    .openDocument(documentOfLesson(lesson), { cursor: lesson.steps[0]?.at ?? 0 })
  const app = useAppStore.getState()
  if (typeof opened === 'object') {
    app.notify('error', `"${isolate(lesson.title)}" could not be opened: ${opened.refused}`)
  }
  if (opened !== 'opened') return
  if (asCopy) {
    app.openLessonDraft(
      copyOfLesson(lesson, draftId(now)),
      `copy "${lesson.title}"`,
      false,
      setAside,
    )
  } else {
    app.openLessonDraft(draftOfLesson(lesson), `edit "${lesson.title}"`, true, setAside)
  }
}
