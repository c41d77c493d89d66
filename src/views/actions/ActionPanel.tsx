import { useMemo, useState } from 'react'
import { useAppStore } from '../../store/appStore'
import { followedLesson } from '../../store/slices/lessonSession'
import { formatSimTime } from '../../derive/scene/format'
import { useWorld } from '../shared/useSimulation'
import { useCursorMs } from '../shared/DeferredCursor'
import { ActionFieldsFor } from './ActionFieldsFor'
import {
  ACTION_GROUPS,
  buildAction,
  EMPTY_FIELDS,
  isFormChoice,
  type ActionFields,
  type FormActionType,
} from './buildAction'
import { formContext } from './formContext'
import { ScenarioActions } from './ScenarioActions'
import './actions.css'

/**
 * Does anything the engine supports at the cursor: the action joins the scenario, the timeline is
 * recomputed from there, and a refusal comes back as a notice. While a lesson is followed the form
 * is folded (the lesson's steps come first; acting leaves them to explore) and unfolds on demand.
 */
export function ActionPanel() {
  const cursor = useCursorMs()
  const topic = useAppStore((s) => s.topic)
  const partition = useAppStore((s) => s.partition)
  const scenario = useAppStore((s) => s.scenario)
  const act = useAppStore((s) => s.act)
  const startNewJob = useAppStore((s) => s.startNewJob)
  const world = useWorld()
  const context = useMemo(
    () => formContext(world, scenario, { topic, partition }),
    [world, scenario, topic, partition],
  )
  const [type, setType] = useState<FormActionType>('produce')
  const [fields, setFields] = useState<ActionFields>(EMPTY_FIELDS)
  // What is wrong with the form as submitted: said under its button, where the eye is, until the
  // form changes. A refusal by the simulated broker is different: it comes back as a notice.
  const [problem, setProblem] = useState<string | null>(null)
  const inLesson = useAppStore((s) => followedLesson(s.lessonSession) !== null)

  const submit = async (): Promise<void> => {
    const outcome = await buildAction(type, fields, context)
    setProblem(typeof outcome === 'string' ? `${outcome}.` : null)
    if (typeof outcome === 'string') return
    await (outcome.kind === 'action' ? act(outcome.action) : startNewJob(outcome.job))
  }

  const form = (
    <form
      className="actions__form"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <label className="field">
        <span>Action</span>
        <select
          value={type}
          onChange={(event) => {
            if (!isFormChoice(event.target.value)) return
            setType(event.target.value)
            setProblem(null)
          }}
        >
          {ACTION_GROUPS.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.actions.map((a) => (
                <option key={a.type} value={a.type}>
                  {a.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <ActionFieldsFor
        type={type}
        fields={fields}
        context={context}
        onChange={(change) => {
          setFields((old) => ({ ...old, ...change }))
          setProblem(null)
        }}
      />
      <button
        type="submit"
        className="button button--primary"
        aria-describedby={problem === null ? undefined : 'action-problem'}
      >
        Do it at {formatSimTime(cursor)}
      </button>
      {problem !== null && (
        <p id="action-problem" className="actions__problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  )

  return (
    <section className="panel actions" aria-labelledby="actions-title">
      <h2 id="actions-title">
        Act at {formatSimTime(cursor)} on {topic}-{partition}
      </h2>
      {inLesson ? (
        <details className="actions__fold">
          <summary>Show the action form (acting leaves the lesson&apos;s steps to explore)</summary>
          {form}
        </details>
      ) : (
        form
      )}
      <ScenarioActions />
    </section>
  )
}
