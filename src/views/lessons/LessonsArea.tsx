import { lazy, Suspense } from 'react'
import { useAppStore } from '../../store/appStore'

// Both load on demand: the lessons (scenarios, texts) stay out of the initial bundle.
const LessonPicker = lazy(() => import('./LessonPicker'))
const LessonPlayer = lazy(() => import('./LessonPlayer'))
const LessonEditor = lazy(() => import('./authoring/LessonEditor'))

/**
 * The lessons' place in the app: the list to pick from, the lesson being followed (a preview of
 * one being written too), or the lesson being written.
 */
export function LessonsArea() {
  const inLesson = useAppStore((s) => s.lessonSession !== null)
  const writing = useAppStore((s) => s.lessonDraft !== null)
  return (
    <Suspense fallback={<p className="panel__hint lessons-loading">Loading lessons…</p>}>
      {inLesson ? <LessonPlayer /> : writing ? <LessonEditor /> : <LessonPicker />}
    </Suspense>
  )
}
