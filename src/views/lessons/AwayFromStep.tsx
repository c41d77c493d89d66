import type { Lesson } from '../../lessons'
import { useAppStore } from '../../store/appStore'
import { awayFromStep } from './awayFromStep'

/**
 * A banner over the step while the cursor is elsewhere, so the step's text never silently
 * contradicts the view; "Return to step" puts the cursor (and the step's view) back.
 */
export function AwayFromStep({ lesson, index }: { lesson: Lesson; index: number }) {
  const at = lesson.steps[index]?.at
  const message = useAppStore((s) => (at === undefined ? null : awayFromStep(s.cursor, at)))
  if (message === null) return null
  return (
    <div className="lesson__away" role="status">
      <p>{message}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          useAppStore.getState().goToLessonStep(lesson, index)
        }}
      >
        Return to step
      </button>
    </div>
  )
}
