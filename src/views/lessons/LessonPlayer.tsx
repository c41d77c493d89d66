import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { UserText } from '../shared/UserText'
import type { Lesson } from '../../lessons'
import { useAppStore } from '../../store/appStore'
import { AwayFromStep } from './AwayFromStep'
import { ExploreBar } from './ExploreBar'
import { LessonRecap, nextLessonAfter } from './LessonRecap'
import { LessonTools } from './LessonTools'
import { appLessonWorlds } from './lessonWorlds'
import { findLesson } from './myLessons'
import { PredictionForm } from './PredictionForm'
import { revealAt, revealsOf } from './reveal'
import { RevealBox } from './RevealBox'
import { RichText } from './RichText'
import { useFitBand } from './useFitBand'
import { usePresenterKeys } from './usePresenterKeys'
import { useStepPanel } from './useStepPanel'
import './lessons.css'
import './lessonPresenter.css'
import type { LessonSession } from '../../store/slices/lessonSession'

/** The lesson being followed, or the bar to come back to it while exploring. */
export default function LessonPlayer() {
  const session = useAppStore((s) => s.lessonSession)
  const lesson = session === null ? undefined : findLesson(session.lessonId)
  if (session === null || lesson === undefined) return null
  return session.exploring ? (
    <ExploreBar lesson={lesson} session={session} />
  ) : (
    // Keyed by lesson: the next lesson starts at its first step, not at the last one's recap.
    <LessonSteps key={session.lessonId} lesson={lesson} session={session} />
  )
}

/** A change to the lesson's scenario (an action, an imported file) leaves the lesson to explore. */
function useLeaveOnEdit(lesson: Lesson): void {
  const scenario = useAppStore((s) => s.scenario)
  const oneBranch = useAppStore((s) => s.branch === null)
  const setExploring = useAppStore((s) => s.setExploring)
  useEffect(() => {
    // Either branch of a lesson over two is the lesson's own: picking B is not an edit, but
    // keeping only one of them is.
    const own = scenario === lesson.scenario || scenario === lesson.branched?.b
    if (!own || (lesson.branched !== null && oneBranch)) setExploring(true)
  }, [scenario, oneBranch, lesson, setExploring])
}

function LessonSteps({ lesson, session }: { lesson: Lesson; session: LessonSession }) {
  const { step: index } = session
  const step = lesson.steps[index]
  const presenting = useAppStore((s) => s.presenting)
  const [recap, setRecap] = useState(false)
  const stepRef = useRef<HTMLElement>(null)
  const isLast = index === lesson.steps.length - 1
  useLeaveOnEdit(lesson)
  // A step that shows a partition but names no panel is about the stage: it must not stay
  // scrolled to the panel an earlier step (or another lesson) brought into sight.
  const panel = step?.view?.panel ?? (step?.view === undefined ? undefined : 'log')
  useStepPanel(panel, `${lesson.id}/${String(index)}`)
  const worldsAt = useMemo(() => appLessonWorlds(lesson), [lesson])
  const reveal = useMemo(
    () => revealAt(lesson, index, session.guesses, worldsAt, session.votes),
    [lesson, index, session.guesses, session.votes, worldsAt],
  )
  const reveals = useMemo(
    () => (recap ? revealsOf(lesson, session.guesses, worldsAt, session.votes) : []),
    [recap, lesson, session.guesses, session.votes, worldsAt],
  )
  useFitBand(stepRef, presenting, [index, recap, reveal, session.votes])

  /** Goes to step `to`; at either end, where the pressed button turns off, the step takes focus. */
  const go = useCallback(
    (to: number): void => {
      setRecap(false)
      useAppStore.getState().goToLessonStep(lesson, to)
      if (to <= 0 || to >= lesson.steps.length - 1) stepRef.current?.focus()
    },
    [lesson],
  )
  // A clicker has only next and back: past the last step comes the recap, and back from it.
  const next = useCallback(() => {
    if (isLast) setRecap(true)
    else go(index + 1)
  }, [isLast, go, index])
  const previous = useCallback(() => {
    if (recap) setRecap(false)
    else go(index - 1)
  }, [recap, go, index])
  usePresenterKeys(lesson, session, next, previous)

  // In presenter mode the step text has the focus: a clicker's Space then never presses a button,
  // and ↑ ↓ scroll the step when it is too long to fit between its title and the buttons.
  useEffect(() => {
    if (presenting) stepRef.current?.focus()
  }, [presenting])

  // A new step starts at its top, wherever the step or the side column was scrolled to.
  useEffect(() => {
    const shown = stepRef.current
    if (shown === null) return
    shown.scrollTop = 0
    shown.scrollIntoView({ block: 'nearest' })
  }, [index, recap])

  if (step === undefined) return null
  const counter = `Step ${String(index + 1)} of ${String(lesson.steps.length)}`

  return (
    <section className="panel lesson" aria-labelledby="lesson-title">
      <h2 id="lesson-title" className="lesson__title">
        <UserText text={lesson.title} />
      </h2>
      <AwayFromStep lesson={lesson} index={index} />
      <section
        ref={stepRef}
        className="lesson__step"
        // In the tab order: a long step scrolls, and the keyboard must be able to scroll it.
        tabIndex={0}
        aria-live="polite"
        aria-atomic="true"
        aria-label={recap ? 'Recap' : 'Lesson step'}
      >
        {recap ? (
          <LessonRecap lesson={lesson} reveals={reveals} next={nextLessonAfter(session.lessonId)} />
        ) : (
          <>
            <div className="lesson__head">
              <p className="lesson__counter">{counter}</p>
              <h3 className="lesson__step-title">
                <UserText text={step.title} />
              </h3>
            </div>
            <RichText text={step.text} className="lesson__text" />
            {reveal !== null && <RevealBox reveal={reveal} />}
            {isLast && !presenting && (
              <p className="panel__hint">
                The last step. See the recap, explore the scenario freely, or go back to yours.
              </p>
            )}
            {step.predict !== undefined && (
              <PredictionForm
                prediction={step.predict}
                step={index}
                guess={session.guesses[index]}
                votes={session.votes[index]}
              />
            )}
          </>
        )}
      </section>
      <nav className="lesson__nav" aria-label="Lesson steps">
        <button
          type="button"
          className="button"
          disabled={index === 0 && !recap}
          onClick={previous}
        >
          {recap ? 'Back to the last step' : 'Previous step'}
        </button>
        {!recap && (
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
        )}
        {isLast && !recap && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setRecap(true)
              stepRef.current?.focus()
            }}
          >
            Recap
          </button>
        )}
      </nav>
      <LessonTools lesson={lesson} showFuture={session.showFuture} />
    </section>
  )
}
