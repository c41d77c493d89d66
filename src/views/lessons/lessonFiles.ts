import type { Lesson } from '../../lessons'
import type { LessonDocumentLink } from '../../lessons/format/link'
import { decodeLessonLink, lessonJson } from '../../lessons/format/link'
import { parseLessonJson } from '../../lessons/format/parse'
import { describeProblems } from '../../scenario/problems'
import { useAppStore, currentStash } from '../../store/appStore'
import { downloadBlob, fileNameFrom } from '../shared/download'
import { startLesson } from './lessonControl'
import { keepLesson } from './myLessons'
import { isolate } from '../../sim'
import type { Stash } from '../../store/slices/lessonSession'
import type { NoticeText } from '../../store/slices/lessonFlow'

/** As for scenario files: the cap is checked before the file is read. */
const MAX_FILE_BYTES = 1_048_576

/**
 * Keeps a lesson someone shared among the user's own and opens it at `step` (1-based), saying so
 * in the same change.
 */
async function openShared(
  lesson: Lesson,
  step: number | null,
  stash: Stash,
  from: string,
): Promise<void> {
  const notKept: NoticeText[] = keepLesson(lesson)
    ? []
    : [
        {
          tone: 'error',
          text: `This browser refused to keep "${isolate(lesson.title)}"; it is open, but export it to keep it.`,
        },
      ]
  const index = step !== null && step <= lesson.steps.length ? step - 1 : 0
  await startLesson(lesson, index, stash, true, {
    notices: notKept,
    noticesWhenOpened: [
      {
        tone: 'info',
        text: `Opened the lesson "${isolate(lesson.title)}" from ${from}; it is kept under Your lessons.`,
      },
    ],
  })
}

/** Opens a lesson link (`#L=…`); a bad one says why and leaves the app as it was. */
export async function openLessonDocumentLink(
  fragment: string,
  stash: () => Stash | Promise<Stash>,
): Promise<boolean> {
  const decoded: LessonDocumentLink = await decodeLessonLink(fragment)
  if (!decoded.ok) {
    useAppStore
      .getState()
      .notify('error', `This lesson link could not be opened. ${decoded.message}`)
    return false
  }
  const session = useAppStore.getState().lessonSession
  await openShared(decoded.lesson, decoded.step, session?.stash ?? (await stash()), 'a link')
  return true
}

/** Imports a lesson file: the same checks as a link, then it opens and is kept. */
export async function importLessonFile(file: File): Promise<void> {
  const app = useAppStore.getState()
  if (file.size > MAX_FILE_BYTES) {
    app.notify('error', `${isolate(file.name)} is larger than 1 MiB, so it was not opened.`)
    return
  }
  const parsed = parseLessonJson(await file.text())
  if (!parsed.ok) {
    app.notify(
      'error',
      `${isolate(file.name)} is not a lesson Rewind Lab can open: ${describeProblems(parsed.problems)}.`,
    )
    return
  }
  const session = useAppStore.getState().lessonSession
  await openShared(parsed.value, null, session?.stash ?? currentStash(), file.name)
}

/** Saves the lesson as a JSON file (`docs/lesson-format.md`). */
export function exportLesson(lesson: Lesson): void {
  const blob = new Blob([lessonJson(lesson)], { type: 'application/json' })
  downloadBlob(blob, `${fileNameFrom(lesson.id, 'lesson')}.lesson.json`)
}
