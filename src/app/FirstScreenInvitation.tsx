import { useEffect, useState } from 'react'
import { UserText } from '../views/shared/UserText'
import { builtinLessonListings, lessonById } from '../lessons'
import { currentStash, useAppStore } from '../store/appStore'
import { startLesson } from '../views/lessons/lessonControl'
import './firstScreen.css'

/**
 * What a newcomer sees first, above the stage: start the first lesson, watch the scenario on
 * screen run, or explore. Loaded only when offered (it brings the lessons with it). Opening a
 * lesson, writing one or changing the scenario by any road answers it too: they found their way in.
 */
export default function FirstScreenInvitation() {
  const answer = useAppStore((s) => s.answerInvitation)
  const inLesson = useAppStore((s) => s.lessonSession !== null)
  const writing = useAppStore((s) => s.lessonDraft !== null)
  const scenario = useAppStore((s) => s.scenario)
  const [offeredWith] = useState(scenario)
  const movedOn = inLesson || writing || scenario !== offeredWith
  useEffect(() => {
    if (movedOn) answer()
  }, [movedOn, answer])

  const first = builtinLessonListings()[0]
  if (movedOn || first === undefined) return null
  return (
    <section className="invitation" aria-labelledby="invitation-title">
      <div className="invitation__text">
        <h2 id="invitation-title">New here? Start with the first lesson</h2>
        <p>
          <strong>
            <UserText text={first.title} />
          </strong>{' '}
          ({first.minutes} min): predict what happens to a Kafka log, then see the simulation
          answer. Or watch the scenario below run from the start.
        </p>
      </div>
      <div className="invitation__choices">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            answer()
            const lesson = lessonById(first.id)
            if (lesson !== undefined) void startLesson(lesson, 0, currentStash())
          }}
        >
          Start the first lesson
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            answer()
            const app = useAppStore.getState()
            app.seek(0)
            app.play(1)
          }}
        >
          Watch this scenario
        </button>
        <button type="button" className="button button--quiet" onClick={answer}>
          Explore on my own
        </button>
      </div>
    </section>
  )
}
