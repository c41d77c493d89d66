import { changeStep, deleteStep, moveStep, setPrediction } from '../../../lessons/authoring/draft'
import { inBranch } from '../../../lessons/authoring/combined'
import { buildQuery, type QueryParams } from '../../../lessons/authoring/queryKinds'
import type { LessonStep } from '../../../lessons/format/schema'
import { formatSimTime } from '../../../derive/scene/format'
import { useAppStore } from '../../../store/appStore'
import { DraftField } from './DraftField'
import { PredictionEditor } from './PredictionEditor'
import { placeOnScreen } from './placeOnScreen'
import type { AuthoringWorlds } from './useAuthoringWorlds'

/** One step being written: where it is, its words, its order, and the question it may ask. */
export function StepEditor({
  step,
  index,
  count,
  at,
  defaults,
}: {
  readonly step: LessonStep
  readonly index: number
  readonly count: number
  readonly at: AuthoringWorlds
  readonly defaults: QueryParams
}) {
  const edit = useAppStore((s) => s.editLessonDraft)
  const cursor = useAppStore((s) => Math.floor(s.cursor))
  const n = index + 1
  const where =
    step.view?.topic === undefined ? '' : ` on ${step.view.topic}-${step.view.partition ?? 0}`
  const side = step.view?.branch ?? 'a'
  // Over two branches both are drawn at every step; the step selects the one it was written on.
  const onBranch =
    at.branchNames === null ? '' : `, branch ${side.toUpperCase()} (${at.branchNames[side]})`
  return (
    <li className="authoring__step" aria-label={`Step ${n}`}>
      <p className="authoring__where">
        <strong>Step {n}</strong> at {formatSimTime(step.at)}
        {where}
        {onBranch}{' '}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            useAppStore.getState().goToPlace(step.at, side)
          }}
        >
          Go there
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            edit(`move step ${n} to ${formatSimTime(cursor)}`, (d) =>
              changeStep(d, index, placeOnScreen()),
            )
          }}
        >
          Set to the cursor and view
        </button>
      </p>
      <DraftField
        label={`Title of step ${n}`}
        value={step.title}
        onCommit={(title) => {
          edit(`retitle step ${n}`, (d) => changeStep(d, index, { title }))
        }}
      />
      <DraftField
        label={`Text of step ${n}`}
        value={step.text}
        multiline
        hint="**bold**, `code`, [a link](https://…); a blank line starts a paragraph"
        onCommit={(text) => {
          edit(`edit step ${n}'s text`, (d) => changeStep(d, index, { text }))
        }}
      />
      {step.predict === undefined ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            edit(`add a prediction to step ${n}`, (d) =>
              setPrediction(d, index, {
                question: 'Is this offset still in the log at the next step?',
                query: inBranch(buildQuery('offsetInLog', defaults), at.selected),
                choices: [{ text: 'Yes', when: { equals: true } }, { text: 'No' }],
                lookAt: '',
              }),
            )
          }}
        >
          Add a prediction
        </button>
      ) : (
        <>
          <PredictionEditor
            prediction={step.predict}
            step={index}
            at={at}
            cursor={cursor}
            defaults={defaults}
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              edit(`remove step ${n}'s prediction`, (d) => setPrediction(d, index, undefined))
            }}
          >
            Remove the prediction
          </button>
        </>
      )}
      <div className="authoring__step-tools">
        <button
          type="button"
          className="button button--quiet"
          disabled={index === 0}
          onClick={() => {
            edit(`move step ${n} up`, (d) => moveStep(d, index, -1))
          }}
        >
          Move step {n} up
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={index === count - 1}
          onClick={() => {
            edit(`move step ${n} down`, (d) => moveStep(d, index, 1))
          }}
        >
          Move step {n} down
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            edit(`delete step ${n}`, (d) => deleteStep(d, index))
          }}
        >
          Delete step {n}
        </button>
      </div>
    </li>
  )
}
