import { followedLesson, useLessonSession } from '../store/lessonSession'
import { PresentToggle } from '../views/presenter/PresentToggle'

/** Presenter mode for any scenario; a lesson being followed has its own button beside its steps. */
export function PresentButton() {
  const inLesson = useLessonSession((s) => followedLesson(s.session) !== null)
  return inLesson ? null : <PresentToggle />
}
