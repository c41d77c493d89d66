import type { Lesson } from '../../lessons'
import { useAppStore } from '../../store/appStore'
import type { LoadResult } from '../../store/opening'
import type { LessonOpening } from '../../store/slices/lessonFlow'
import type { Stash } from '../../store/slices/lessonSession'
import { lessonKey } from './myLessons'

/**
 * Opens `lesson` at step `index` with its own scenario, in one change of the store. It is not an
 * edit, so the saved draft is not touched; `stash` is what "Back to my scenario" restores; `own`
 * marks one of the user's lessons; `also` is what else changes with it (presenter mode, notices).
 */
export function startLesson(
  lesson: Lesson,
  index: number,
  stash: Stash,
  own = false,
  also: Omit<LessonOpening, 'key' | 'step' | 'stash'> = {},
): Promise<LoadResult> {
  return useAppStore
    .getState()
    .openLesson(lesson, { ...also, key: lessonKey(lesson, own), step: index, stash })
}
