import { useEffect, useMemo, useRef } from 'react'
import type { Lesson } from '../../lessons'
import { snapshotWorld } from '../../sim'
import { useAppStore } from '../../store/appStore'
import type { LessonSession } from '../../store/lessonSession'
import { useLessonSession } from '../../store/lessonSession'
import { worldAt } from '../../derive/simulation'
import { AwayFromStep } from './AwayFromStep'
import { BackToMyScenario } from './BackToMyScenario'
import { ExploreBar } from './ExploreBar'
import { goToStep } from './lessonControl'
import { FutureToggle } from './FutureToggle'
import { exportLesson } from './lessonFiles'
import { findLesson } from './myLessons'
import { PredictionForm } from './PredictionForm'
import { revealAt } from './reveal'
import { RevealBox } from './RevealBox'
import { RichText } from './RichText'
import { usePresenter } from './usePresenter'
import { useStepPanel } from './useStepPanel'
import './lessons.css'

/** The lesson being followed, or the bar to come back to it while exploring. */
export default function LessonPlayer() {
  const session = useLessonSession((s) => s.session)
  const lesson = session === null ? undefined : findLesson(session.lessonId)
  if (session === null || lesson === undefined) return null
  return session.exploring ? (
    <ExploreBar lesson={lesson} session={session} />
  ) : (
    <LessonSteps lesson={lesson} session={session} />
  )
}

/** A change to the lesson's scenario (an action, an imported file) leaves the lesson to explore. */
function useLeaveOnEdit(lesson: Lesson): void {
  const scenario = useAppStore((s) => s.scenario)
  const setExploring = useLessonSession((s) => s.setExploring)
  useEffect(() => {
    if (scenario !== lesson.scenario) setExploring(true)
  }, [scenario, lesson, setExploring])
}

function LessonSteps({ lesson, session }: { lesson: Lesson; session: LessonSession }) {
  const { step: index, presenter } = session
  const step = lesson.steps[index]
  const setPresenter = useLessonSession((s) => s.setPresenter)
  const setExploring = useLessonSession((s) => s.setExploring)
  const stepRef = useRef<HTMLElement>(null)
  useLeaveOnEdit(lesson)
  usePresenter(lesson, session)
  useStepPanel(step?.view?.panel, `${lesson.id}/${String(index)}`)
  const reveal = useMemo(
    () =>
      revealAt(lesson, index, session.guesses, (t) => snapshotWorld(worldAt(lesson.scenario, t))),
    [lesson, index, session.guesses],
  )

  // In presenter mode the step text has the focus: a clicker's Space then never presses a button,
  // and ↑ ↓ scroll the step when it is too long to fit between its title and the buttons.
  useEffect(() => {
    if (presenter) stepRef.current?.focus()
  }, [presenter])

  // A new step starts at its top, wherever the step or the side column was scrolled to.
  useEffect(() => {
    const shown = stepRef.current
    if (shown === null) return
    shown.scrollTop = 0
    shown.scrollIntoView({ block: 'nearest' })
  }, [index])

  if (step === undefined) return null
  const isLast = index === lesson.steps.length - 1
  /** Goes to step `to`; at either end, where the pressed button turns off, the step takes focus. */
  const go = (to: number): void => {
    goToStep(lesson, to)
    if (to <= 0 || to >= lesson.steps.length - 1) stepRef.current?.focus()
  }
  const counter = `Step ${String(index + 1)} of ${String(lesson.steps.length)}`

  return (
    <section className="panel lesson" aria-labelledby="lesson-title">
      <h2 id="lesson-title" className="lesson__title">
        {lesson.title}
      </h2>
      <AwayFromStep lesson={lesson} index={index} />
      <section
        ref={stepRef}
        className="lesson__step"
        // In the tab order: a long step scrolls, and the keyboard must be able to scroll it.
        tabIndex={0}
        aria-live="polite"
        aria-atomic="true"
        aria-label="Lesson step"
      >
        <div className="lesson__head">
          <p className="lesson__counter">{counter}</p>
          <h3 className="lesson__step-title">{step.title}</h3>
        </div>
        <RichText text={step.text} className="lesson__text" />
        {reveal !== null && <RevealBox reveal={reveal} />}
        {isLast && (
          <p className="panel__hint">
            The last step. Explore the scenario freely, or go back to yours.
          </p>
        )}
        {step.predict !== undefined && (
          <PredictionForm prediction={step.predict} step={index} guess={session.guesses[index]} />
        )}
      </section>
      <nav className="lesson__nav" aria-label="Lesson steps">
        <button
          type="button"
          className="button"
          disabled={index === 0}
          onClick={() => {
            go(index - 1)
          }}
        >
          Previous step
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={isLast}
          onClick={() => {
            go(index + 1)
          }}
        >
          {step.predict === undefined ? 'Next step' : 'Reveal'}
        </button>
      </nav>
      {presenter && (
        <p className="panel__hint">
          <kbd>Page Down</kbd> or <kbd>Space</kbd>: next · <kbd>Page Up</kbd>: back · <kbd>Esc</kbd>
          : leave presenter mode
        </p>
      )}
      <div className="lesson__tools">
        <FutureToggle showFuture={session.showFuture} />
        <button
          type="button"
          className="button"
          aria-pressed={presenter}
          aria-keyshortcuts="P"
          onClick={() => {
            setPresenter(!presenter)
          }}
        >
          Present <kbd>P</kbd>
        </button>
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
        {!presenter && (
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
    </section>
  )
}
