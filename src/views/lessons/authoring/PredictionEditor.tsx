import { useMemo } from 'react'
import { answerFromText, textOfAnswer } from '../../../lessons/authoring/answerText'
import { setPrediction } from '../../../lessons/authoring/draft'
import {
  buildQuery,
  isReaderKind,
  paramsOfKind,
  paramsOfQuery,
  QUERY_KINDS,
  type QueryParam,
  type QueryParams,
  type ReaderKind,
} from '../../../lessons/authoring/queryKinds'
import type { Choice, Prediction } from '../../../lessons/format/schema'
import { formatQueryValue } from '../../../lessons/query/answer'
import { evaluateQuery, oneWorld } from '../../../lessons/query/evaluate'
import { formatSimTime } from '../../../derive/scene/format'
import type { WorldSnapshot } from '../../../sim'
import { DraftField } from './DraftField'
import { useAppStore } from '../../../store/appStore'

const PARAM_LABELS: Readonly<Record<QueryParam, string>> = {
  topic: 'Topic',
  partition: 'Partition',
  offset: 'Offset',
  key: 'Key',
  consumer: 'Consumer',
  job: 'Job',
}

/**
 * The question a step asks, the query on the world that answers it at the next step, and the
 * choices, each with the answer it stands for; the query's value at the cursor shows beside it.
 */
export function PredictionEditor({
  prediction,
  step,
  world,
  cursor,
  defaults,
}: {
  readonly prediction: Prediction
  readonly step: number
  readonly world: WorldSnapshot
  readonly cursor: number
  readonly defaults: QueryParams
}) {
  const edit = useAppStore((s) => s.editLessonDraft)
  const n = step + 1
  const change = (label: string, next: Partial<Prediction>): void => {
    edit(`${label} of step ${n}`, (d) => setPrediction(d, step, { ...prediction, ...next }))
  }
  const params = paramsOfQuery(prediction.query, defaults)
  const kind: ReaderKind = isReaderKind(prediction.query.kind)
    ? prediction.query.kind
    : 'logStartOffset'
  const value = useMemo(
    () => evaluateQuery(prediction.query, oneWorld(world)),
    [prediction.query, world],
  )
  const now = formatQueryValue(value)
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
        Answered by
        <select
          value={kind}
          onChange={(e) => {
            const next = e.target.value
            if (isReaderKind(next)) change('change the query', { query: buildQuery(next, params) })
          }}
        >
          {QUERY_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {paramsOfKind(kind).map((param) => (
        <DraftField
          key={param}
          label={PARAM_LABELS[param]}
          value={String(params[param])}
          onCommit={(text) => {
            const value = param === 'partition' || param === 'offset' ? Number(text) : text
            const query = buildQuery(kind, { ...params, [param]: value })
            change(`change the query's ${param}`, { query })
          }}
        />
      ))}
      <p className="authoring__answer" aria-live="polite">
        Answer at the cursor ({formatSimTime(cursor)}): <strong>{now}</strong>
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
              value={textOfAnswer(choice.when?.equals)}
              hint="yes, no, a number, nothing or a word; blank: otherwise"
              onCommit={(text) => {
                const equals = answerFromText(text)
                const { when: _old, ...rest } = choice
                const next = equals === undefined ? rest : { ...rest, when: { equals } }
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
