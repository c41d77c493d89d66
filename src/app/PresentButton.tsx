import { PresentToggle } from '../views/presenter/PresentToggle'
import { followedLesson } from '../store/slices/lessonSession'
import { useAppStore } from '../store/appStore'

/** Presenter mode for any scenario; a lesson being followed has its own button beside its steps. */
export function PresentButton() {
  const inLesson = useAppStore((s) => followedLesson(s.lessonSession) !== null)
  return inLesson ? null : <PresentToggle />
}
