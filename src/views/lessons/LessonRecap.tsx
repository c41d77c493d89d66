import { builtinLessons } from '../../lessons'
import { UserText } from '../shared/UserText'
import type { Lesson } from '../../lessons'
import { startLesson } from './lessonControl'
import type { Reveal } from './reveal'
import { formatVotes } from './tally'
import { TallyList } from './TallyList'
import './classVotes.css'
import { useAppStore } from '../../store/appStore'

/** The built-in lesson after the one with key `key`, in teaching order; none after the last. */
export function nextLessonAfter(key: string): Lesson | undefined {
  const index = builtinLessons().findIndex((l) => l.id === key)
  return index < 0 ? undefined : builtinLessons()[index + 1]
}

/**
 * Opens `lesson` at its first step in place of this one (in the same change: its scenario being
 * replaced never reads as an edit of this lesson), keeping what "Back to my scenario" puts back.
 */
function openNext(lesson: Lesson): void {
  const session = useAppStore.getState().lessonSession
  if (session !== null) void startLesson(lesson, 0, session.stash)
}

/**
 * The end of a lesson: every prediction the class saw, its votes (or the guess marked) and the
 * simulation's answer; then the next lesson.
 */
export function LessonRecap({
  lesson,
  reveals,
  next,
}: {
  lesson: Lesson
  reveals: readonly Reveal[]
  next: Lesson | undefined
}) {
  return (
    <div className="lesson-recap">
      <h3 className="lesson__step-title">
        Recap: <UserText text={lesson.title} />
      </h3>
      {reveals.length === 0 ? (
        <p className="lesson__text">This lesson asked no predictions.</p>
      ) : (
        <ol className="lesson-recap__list">
          {reveals.map((reveal) => (
            <RecapItem key={reveal.question} reveal={reveal} />
          ))}
        </ol>
      )}
      {next !== undefined && (
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            openNext(next)
          }}
        >
          Next lesson: <UserText text={next.title} />
        </button>
      )}
    </div>
  )
}

function RecapItem({ reveal }: { reveal: Reveal }) {
  const votes = reveal.tally.reduce((a, b) => a + b, 0)
  return (
    <li className="lesson-recap__item">
      <p className="lesson-recap__question">
        <UserText text={reveal.question} />
      </p>
      <p>
        The simulation says: <strong>{reveal.answer ?? reveal.value}</strong>
      </p>
      {votes > 0 ? (
        <>
          <p className="lesson-recap__votes">The class: {formatVotes(votes)}</p>
          <TallyList choices={reveal.choices} tally={reveal.tally} answer={reveal.answer} />
        </>
      ) : (
        <p className="lesson-recap__votes">
          {reveal.guess === null ? 'No votes counted.' : `The guess: ${reveal.guess}`}
        </p>
      )}
    </li>
  )
}
