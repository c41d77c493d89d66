import type { Lesson } from '../../lessons'
import { useAppStore } from '../../store/appStore'
import { PresentToggle } from '../presenter/PresentToggle'
import { BackToMyScenario } from './BackToMyScenario'
import { FutureToggle } from './FutureToggle'
import { exportLesson } from './lessonFiles'

/** Under a lesson: presenter mode, exploring the scenario, saving the lesson, leaving it. */
export function LessonTools({ lesson, showFuture }: { lesson: Lesson; showFuture: boolean }) {
  const presenting = useAppStore((s) => s.presenting)
  const setExploring = useAppStore((s) => s.setExploring)
  return (
    <>
      {presenting && (
        <p className="panel__hint lesson__keys">
          <kbd>Page Down</kbd> or <kbd>Space</kbd>: next · <kbd>Page Up</kbd>: back · <kbd>1</kbd>–
          <kbd>9</kbd>: a vote · <kbd>Esc</kbd>: leave presenter mode
        </p>
      )}
      <div className="lesson__tools">
        <FutureToggle showFuture={showFuture} />
        <PresentToggle />
        <button
          type="button"
          className="button"
          onClick={() => {
            setExploring(true)
          }}
        >
          Explore freely
        </button>
        {/* Presenter mode hides what edits or saves, as it hides Import and Export. */}
        {!presenting && (
          <button
            type="button"
            className="button"
            onClick={() => {
              exportLesson(lesson)
            }}
          >
            Export lesson
          </button>
        )}
        <BackToMyScenario />
      </div>
    </>
  )
}
