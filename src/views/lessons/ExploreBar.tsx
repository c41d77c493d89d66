import type { Lesson } from '../../lessons'
import { UserText } from '../shared/UserText'
import { BackToMyScenario } from './BackToMyScenario'
import { useAppStore } from '../../store/appStore'
import './lessons.css'
import type { LessonSession } from '../../store/slices/lessonSession'

/** While exploring a lesson's scenario: the way back to the lesson, or to the user's own work. */
export function ExploreBar({ lesson, session }: { lesson: Lesson; session: LessonSession }) {
  return (
    <section className="panel lesson lesson--exploring" aria-labelledby="lesson-explore-title">
      <h2 id="lesson-explore-title" className="lesson__title">
        {/* One flex item (panel headings are flex): the text stays together around the title. */}
        <span>
          Exploring “<UserText text={lesson.title} />”
        </span>
      </h2>
      <p className="lesson__text">
        You left the lesson at step {session.step + 1} of {lesson.steps.length}. Change anything:
        your changes live in this page&apos;s link, and your saved draft stays as it was. Back to
        the lesson restores the lesson&apos;s own scenario.
      </p>
      <div className="lesson__tools">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            void useAppStore.getState().resumeLesson(lesson)
          }}
        >
          Back to the lesson
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void useAppStore.getState().keepAsMyScenario()}
        >
          Keep as my scenario
        </button>
        <BackToMyScenario />
      </div>
    </section>
  )
}
