import { hidesFuture } from './future'
import { findLesson } from './myLessons'
import { followedLesson } from '../../store/slices/lessonSession'
import { useAppStore } from '../../store/appStore'

/**
 * Whether the views must show nothing after the cursor now: a lesson is followed, the user has
 * not asked to see the future, and a prediction is still to be revealed (`hidesFuture`).
 */
export function useFutureHidden(): boolean {
  const session = followedLesson(useAppStore((s) => s.lessonSession))
  if (session === null || session.showFuture) return false
  const lesson = findLesson(session.lessonId)
  return lesson !== undefined && hidesFuture(lesson, session.step)
}
