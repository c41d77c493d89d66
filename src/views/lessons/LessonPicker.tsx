import type { MouseEvent } from 'react'
import { builtinLessons } from '../../lessons'
import type { Lesson } from '../../lessons'
import { formatLessonLink } from '../../store/lessonLink'
import { useRememberedOpen } from '../shared/useRememberedOpen'
import { startLesson } from './lessonControl'
import { MyLessons } from './MyLessons'
import { editLesson } from './authoring/editLesson'
import './lessons.css'
import { currentStash } from '../../store/appStore'

/** A plain click opens the lesson here; a modified click (new tab, copy link) follows the link. */
function open(event: MouseEvent, lesson: Lesson, own = false): void {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  void startLesson(lesson, 0, currentStash(), own)
}

/** The lessons, each a share link: title, one line, duration. */
export default function LessonPicker() {
  // Open on a first visit (the start page's offer); closed for good once someone closes it.
  const [listOpen, setListOpen] = useRememberedOpen('rewind-lab:lessons', true)
  return (
    <details
      className="panel lessons"
      open={listOpen}
      onToggle={(event) => {
        setListOpen(event.currentTarget.open)
      }}
    >
      <summary>
        <h2>Lessons</h2>
      </summary>
      {builtinLessons().length === 0 ? (
        <p className="panel__hint">This build has no lessons.</p>
      ) : (
        <>
          <p className="panel__hint">
            Guided tours of a scenario, step by step. Your own scenario waits until you come back.
          </p>
          <ol className="lessons__list" aria-label="Lessons">
            {builtinLessons().map((lesson) => (
              <li key={lesson.id} className="lessons__item">
                <a
                  className="lessons__link"
                  href={`#${formatLessonLink(lesson.id, 1)}`}
                  onClick={(event) => {
                    open(event, lesson)
                  }}
                >
                  {lesson.title}
                </a>
                <span className="lessons__minutes">{lesson.minutes} min</span>
                <p className="lessons__summary">{lesson.summary}</p>
                <button
                  type="button"
                  className="button button--quiet lessons__copy"
                  aria-label={`Edit a copy of ${lesson.title}`}
                  onClick={() => {
                    void editLesson(lesson, true, Date.now())
                  }}
                >
                  Edit a copy
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      <MyLessons />
    </details>
  )
}
