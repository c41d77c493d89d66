import { lazy, Suspense } from 'react'
import { useLessonSession } from '../../store/lessonSession'

// Both load on demand: the lessons (scenarios, texts) stay out of the initial bundle.
const LessonPicker = lazy(() => import('./LessonPicker'))
const LessonPlayer = lazy(() => import('./LessonPlayer'))

/** The lessons' place in the app: the list to pick from, or the lesson being followed. */
export function LessonsArea() {
  const inLesson = useLessonSession((s) => s.session !== null)
  return (
    <Suspense fallback={<p className="panel__hint lessons-loading">Loading lessons…</p>}>
      {inLesson ? <LessonPlayer /> : <LessonPicker />}
    </Suspense>
  )
}
