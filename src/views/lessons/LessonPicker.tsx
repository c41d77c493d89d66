import type { MouseEvent } from 'react'
import { builtinLessonListings, lessonById } from '../../lessons'
import { formatLessonLink } from '../../store/lessonLink'
import { useRememberedOpen } from '../shared/useRememberedOpen'
import { startLesson } from './lessonControl'
import { MyLessons } from './MyLessons'
import { editLesson } from './authoring/editLesson'
import './lessons.css'
import { currentStash } from '../../store/appStore'

/** A plain click opens the lesson here; a modified click (new tab, copy link) follows the link. */
function open(event: MouseEvent, id: string): void {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return
  const lesson = lessonById(id)
  if (lesson === undefined) return
  event.preventDefault()
  void startLesson(lesson, 0, currentStash())
}

/** The lessons, each a share link: title, one line, duration. */
export default function LessonPicker() {
  // Open on a first visit (the start page's offer); closed for good once someone closes it.
  const [listOpen, setListOpen] = useRememberedOpen('rewind-lab:lessons', true)
  // The listings, not the lessons: a lesson is parsed when it is opened or copied.
  const lessons = builtinLessonListings()
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
      {lessons.length === 0 ? (
        <p className="panel__hint">This build has no lessons.</p>
      ) : (
        <>
          <p className="panel__hint">
            Guided tours of a scenario, step by step. Your own scenario waits until you come back.
          </p>
          <ol className="lessons__list" aria-label="Lessons">
            {lessons.map((lesson) => (
              <li key={lesson.id} className="lessons__item">
                <a
                  className="lessons__link"
                  href={`#${formatLessonLink(lesson.id, 1)}`}
                  onClick={(event) => {
                    open(event, lesson.id)
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
                    const parsed = lessonById(lesson.id)
                    if (parsed !== undefined) void editLesson(parsed, true, Date.now())
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
