import type { Lesson } from '../../../lessons'
import { isolate } from '../../../sim'
import { checkDraft } from '../../../lessons/authoring/checkDraft'
import { encodeLessonLink } from '../../../lessons/format/link'
import type { Problem } from '../../../scenario/problems'
import { useAppStore, currentStash } from '../../../store/appStore'
import { startLesson } from '../lessonControl'
import { documentOnScreen } from './placeOnScreen'
import { keepLesson } from '../myLessons'

/**
 * The lesson being written over the scenario on screen, kept under Your lessons: the lesson, or
 * what the lesson boundary found wrong (each problem naming its field).
 */
export function keepDraft():
  { readonly lesson: Lesson } | { readonly problems: readonly Problem[] } {
  const { lessonDraft: draft } = useAppStore.getState()
  if (draft === null) return { problems: [{ path: '', message: 'no lesson is being written' }] }
  const checked = checkDraft(draft, documentOnScreen())
  if (!checked.ok) return { problems: checked.problems }
  if (keepLesson(checked.value)) {
    useAppStore.getState().markLessonDraftSaved(draft)
  } else {
    useAppStore
      .getState()
      .notify(
        'error',
        `This browser refused to keep "${isolate(checked.value.title)}"; export it to keep it.`,
      )
  }
  return { lesson: checked.value }
}

/**
 * Plays the kept lesson from its first step as the class will see it (in presenter mode when
 * asked); "Back to my scenario" returns to writing it.
 */
export async function previewLesson(lesson: Lesson, presenter: boolean): Promise<void> {
  await startLesson(lesson, 0, currentStash(), true, presenter ? { presenting: true } : {})
}

/** The whole-lesson link (`#L=…`) anyone can open, at the first step. */
export async function lessonLinkUrl(lesson: Lesson): Promise<string> {
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${await encodeLessonLink(lesson, 1)}`
}
