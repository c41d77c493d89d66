import type { Lesson } from '../../lessons'
import { useAppStore } from '../../store/appStore'
import { PresentToggle } from '../presenter/PresentToggle'
import { BackToMyScenario } from './BackToMyScenario'
import { FutureToggle } from './FutureToggle'
import { exportLesson } from './lessonFiles'

/**
 * Under a lesson: the spoiler switch, presenter mode, exploring the scenario, saving the lesson,
 * leaving it; in presenter mode, only the switch back.
 */
export function LessonTools({ lesson, showFuture }: { lesson: Lesson; showFuture: boolean }) {
  const presenting = useAppStore((s) => s.presenting)
  const setExploring = useAppStore((s) => s.setExploring)
  // In front of a class the band's height goes to the step: presenter mode keeps only the way out
  // of it (its keys are under Keys in the header). Esc brings the desk's tools back.
  if (presenting)
    return (
      <div className="lesson__tools">
        <PresentToggle />
      </div>
    )
  return (
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
      <button
        type="button"
        className="button"
        onClick={() => {
          exportLesson(lesson)
        }}
      >
        Export lesson
      </button>
      <BackToMyScenario />
    </div>
  )
}
