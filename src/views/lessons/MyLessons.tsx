import type { Lesson } from '../../lessons'
import { isolate } from '../../sim'
import { UserText } from '../shared/UserText'
import { ImportButton } from '../shared/ImportButton'
import { editLesson } from './authoring/editLesson'
import { ReopenDraft } from './authoring/ReopenDraft'
import { startLesson } from './lessonControl'
import { importLessonFile } from './lessonFiles'
import { removeLesson, useMyLessons } from './myLessons'
import { currentStash, useAppStore } from '../../store/appStore'

/** The user's own lessons, marked as theirs, and the way to bring one in from a file. */
export function MyLessons() {
  const lessons = useMyLessons()
  return (
    <section className="lessons__mine" aria-labelledby="my-lessons-title">
      <h3 id="my-lessons-title" className="lessons__mine-title">
        Your lessons <span className="lessons__hint">kept in this browser</span>
      </h3>
      {lessons.length === 0 ? (
        <p className="panel__hint">
          None yet: write one over the scenario on screen, import a lesson file, or open a lesson
          link.
        </p>
      ) : (
        <ul className="lessons__list" aria-label="Your lessons">
          {lessons.map((lesson) => (
            <MyLesson key={lesson.id} lesson={lesson} />
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          useAppStore.getState().startLessonDraft(Date.now())
        }}
      >
        New lesson
      </button>
      <ReopenDraft />
      <ImportButton
        label="Import lesson…"
        inputLabel="Lesson file to import"
        onFile={(file) => {
          void importLessonFile(file)
        }}
      />
    </section>
  )
}

function MyLesson({ lesson }: { lesson: Lesson }) {
  return (
    <li className="lessons__item lessons__item--mine">
      <button
        type="button"
        className="lessons__link lessons__open"
        onClick={() => {
          void startLesson(lesson, 0, currentStash(), true)
        }}
      >
        <UserText text={lesson.title} />
      </button>
      <span className="lessons__badge">Yours</span>
      <span className="lessons__minutes">{lesson.minutes} min</span>
      <p className="lessons__summary">{lesson.summary}</p>
      <div className="lessons__item-tools">
        <button
          type="button"
          className="button"
          aria-label={`Edit ${isolate(lesson.title)}`}
          onClick={() => {
            void editLesson(lesson, false, Date.now())
          }}
        >
          Edit
        </button>
        <button
          type="button"
          className="button"
          aria-label={`Remove ${isolate(lesson.title)} from this browser`}
          onClick={() => {
            removeLesson(lesson.id)
          }}
        >
          Remove
        </button>
      </div>
    </li>
  )
}
