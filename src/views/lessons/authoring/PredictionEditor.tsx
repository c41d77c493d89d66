import { useMemo } from 'react'
import { matchFromText, textOfMatch } from '../../../lessons/authoring/answerText'
import {
  inBranch,
  isQueryShape,
  QUERY_SHAPES,
  shapeOf,
  withShape,
} from '../../../lessons/authoring/combined'
import { setPrediction } from '../../../lessons/authoring/draft'
import { buildQuery, type QueryParams } from '../../../lessons/authoring/queryKinds'
import type { Choice, Prediction } from '../../../lessons/format/schema'
import { formatQueryValue } from '../../../lessons/query/answer'
import { evaluateQuery } from '../../../lessons/query/evaluate'
import type { Match, Reader } from '../../../lessons/query/query'
import { formatSimTime } from '../../../derive/scene/format'
import { useAppStore } from '../../../store/appStore'
import { DraftField } from './DraftField'
import { ReadingsEditor } from './ReadingsEditor'
import type { AuthoringWorlds } from './useAuthoringWorlds'

/**
 * The question a step asks, the query on the world that answers it at the next step (one reading,
 * or two compared), and the choices, each with the answer it stands for; the query's value at the
 * cursor shows beside it.
 */
export function PredictionEditor({
  prediction,
  step,
  at,
  cursor,
  defaults,
}: {
  readonly prediction: Prediction
  readonly step: number
  readonly at: AuthoringWorlds
  readonly cursor: number
  readonly defaults: QueryParams
}) {
  const edit = useAppStore((s) => s.editLessonDraft)
  const { worlds, branchNames } = at
  const n = step + 1
  const change = (label: string, next: Partial<Prediction>): void => {
    edit(`${label} of step ${n}`, (d) => setPrediction(d, step, { ...prediction, ...next }))
  }
  const { query } = prediction
  const value = useMemo(() => evaluateQuery(query, worlds), [query, worlds])
  const shape = shapeOf(query)
  /** What a new reading of an `all` holds: its value at the cursor, as a new choice does. */
  const holdsNow = (reader: Reader): Match => ({ equals: evaluateQuery(reader, worlds) })
  const firstReading = inBranch(buildQuery('offsetInLog', defaults), at.selected)
  const setChoices = (label: string, choices: readonly Choice[]): void => {
    change(label, { choices: [...choices] })
  }

  return (
    <fieldset className="authoring__predict">
      <legend>Prediction</legend>
      <DraftField
        label="Question"
        value={prediction.question}
        onCommit={(question) => {
          change('edit the question', { question })
        }}
      />
      <label className="authoring__field">
        Answer from
        <select
          value={shape ?? 'file'}
          onChange={(e) => {
            const next = e.target.value
            if (!isQueryShape(next)) return
            const reshaped = withShape(query, next, firstReading, branchNames !== null, holdsNow)
            change('change how it is answered', { query: reshaped })
          }}
        >
          {shape === null && (
            <option value="file" disabled>
              As written in the lesson file
            </option>
          )}
          {QUERY_SHAPES.filter((s) => !s.branchesOnly || branchNames !== null).map((s) => (
            <option key={s.shape} value={s.shape}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <ReadingsEditor
        query={query}
        worlds={worlds}
        defaults={defaults}
        branchNames={branchNames}
        holdsNow={holdsNow}
        onChange={(label, next) => {
          change(label, { query: next })
        }}
      />
      {shape === null && (
        <p className="panel__hint">
          Readings nested in combined ones, as a lesson file can write them: kept as written.
        </p>
      )}
      {shape === 'firstDivergence' && (
        <p className="panel__hint">
          The time the two branches&apos; runs first differ, once the class has reached it (nothing
          while they are still one run).
        </p>
      )}
      <p className="authoring__answer" aria-live="polite">
        Answer at the cursor ({formatSimTime(cursor)}): <strong>{formatQueryValue(value)}</strong>
        <span className="panel__hint"> (the class gets it at the next step&apos;s time)</span>
      </p>
      <ol className="authoring__choices" aria-label={`Choices of step ${n}`}>
        {prediction.choices.map((choice, i) => (
          <li key={i}>
            <DraftField
              label={`Choice ${i + 1}`}
              value={choice.text}
              onCommit={(text) => {
                setChoices(
                  `edit choice ${i + 1}`,
                  prediction.choices.map((c, j) => (j === i ? { ...c, text } : c)),
                )
              }}
            />
            <DraftField
              label={`Choice ${i + 1} is right when the answer is`}
              value={textOfMatch(choice.when)}
              hint="yes, no, a number, nothing or a word; at least 1, at most 0, 2 to 5; blank: otherwise"
              onCommit={(text) => {
                const when = matchFromText(text)
                const { when: _old, ...rest } = choice
                const next = when === undefined ? rest : { ...rest, when }
                setChoices(
                  `change choice ${i + 1}'s answer`,
                  prediction.choices.map((c, j) => (j === i ? next : c)),
                )
              }}
            />
            <button
              type="button"
              className="button button--quiet"
              disabled={prediction.choices.length <= 2}
              onClick={() => {
                setChoices(
                  `remove choice ${i + 1}`,
                  prediction.choices.filter((_, j) => j !== i),
                )
              }}
            >
              Remove choice {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => {
          const text = `Choice ${prediction.choices.length + 1}`
          setChoices('add a choice', [...prediction.choices, { text, when: { equals: value } }])
        }}
      >
        Add a choice
      </button>
      <DraftField
        label="Where to look after the reveal"
        value={prediction.lookAt}
        onCommit={(lookAt) => {
          change('edit where to look', { lookAt })
        }}
      />
    </fieldset>
  )
}
