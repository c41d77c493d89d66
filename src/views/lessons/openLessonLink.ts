import { lessonById } from '../../lessons'
import { useAppStore } from '../../store/appStore'
import type { LessonLinkParse } from '../../store/lessonLink'
import { startLesson } from './lessonControl'
import type { NoticeText } from '../../store/slices/lessonFlow'
import type { Stash } from '../../store/slices/lessonSession'

/**
 * Opens a lesson link, or says plainly why not. Returns false when no lesson opened (the caller
 * decides what stays on screen). A step the lesson does not have opens its first step.
 * `stash` is asked for only when a new lesson session starts.
 */
export async function openLessonLink(
  parse: LessonLinkParse,
  stash: () => Stash | Promise<Stash>,
): Promise<boolean> {
  const app = useAppStore.getState()
  if (parse.kind === 'malformed') {
    app.notify('error', 'This lesson link does not name a lesson. Pick one from the Lessons list.')
    return false
  }
  const { id, step } = parse.link
  const lesson = lessonById(id)
  if (lesson === undefined) {
    app.notify(
      'error',
      `There is no lesson "${id}" in this version of Rewind Lab. Pick one from the Lessons list.`,
    )
    return false
  }
  const count = lesson.steps.length
  const fits = typeof step === 'number' && step <= count
  // Said in the same change as the lesson moves there.
  const notices: NoticeText[] =
    step !== 'none' && !fits
      ? [
          {
            tone: 'info',
            text: `The lesson "${lesson.title}" has ${count} steps, so it opens at step 1 ${step === 'invalid' ? '(the link has no valid step number)' : `(the link asked for step ${step})`}.`,
          },
        ]
      : []
  const index = fits ? step - 1 : 0
  const { lessonSession: session } = app
  if (session?.lessonId === lesson.id && session.exploring) {
    await app.resumeLesson(lesson, index, notices)
  } else if (session?.lessonId === lesson.id) {
    app.goToLessonStep(lesson, index, notices)
  } else {
    await startLesson(lesson, index, session?.stash ?? (await stash()), false, { notices })
  }
  return true
}
