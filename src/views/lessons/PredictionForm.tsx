import type { Prediction } from '../../lessons'
import { isolate } from '../../sim'
import { UserText } from '../shared/UserText'
import { useAppStore } from '../../store/appStore'
import { formatVotes, tallyOf } from './tally'
import './classVotes.css'

/** The question and its choices; a guess is optional and only compared after the reveal. */
export function PredictionForm({
  prediction,
  step,
  guess,
  votes,
}: {
  prediction: Prediction
  step: number
  guess: string | undefined
  votes: readonly number[] | undefined
}) {
  const choose = useAppStore((s) => s.guess)
  const presenting = useAppStore((s) => s.presenting)
  if (presenting) return <ClassVote prediction={prediction} step={step} votes={votes} />
  return (
    <fieldset className="lesson__predict">
      <legend>
        Predict: <UserText text={prediction.question} />
      </legend>
      {prediction.choices.map((choice) => (
        <label key={choice.text} className="lesson__choice">
          <input
            type="radio"
            name={`predict-${String(step)}`}
            value={choice.text}
            checked={guess === choice.text}
            onChange={() => {
              choose(step, choice.text)
            }}
          />
          <UserText text={choice.text} />
        </label>
      ))}
      <p className="panel__hint">
        Pick one (or not), then press Reveal: the simulation gives the answer.
      </p>
    </fieldset>
  )
}

/** In front of a class: the question, and the room's votes counted as the presenter keys them. */
function ClassVote({
  prediction,
  step,
  votes,
}: {
  prediction: Prediction
  step: number
  votes: readonly number[] | undefined
}) {
  const vote = useAppStore((s) => s.vote)
  const unvote = useAppStore((s) => s.unvote)
  const choices = prediction.choices.map((c) => c.text)
  const tally = tallyOf(votes, choices.length)
  const total = votes?.length ?? 0
  return (
    // A group named by its question, as the desk's fieldset is: the same question either way.
    <section
      className="lesson__predict"
      role="group"
      aria-label={`Predict: ${isolate(prediction.question)}`}
    >
      <p className="lesson__question">
        Predict: <UserText text={prediction.question} />
      </p>
      <ol className="lesson__votes">
        {choices.map((choice, i) => (
          <li key={choice}>
            <button
              type="button"
              className="lesson__vote"
              aria-keyshortcuts={String(i + 1)}
              onClick={() => {
                vote(step, i)
              }}
            >
              <kbd className="lesson__key">{i + 1}</kbd>
              <span className="lesson__vote-choice">
                <UserText text={choice} />
              </span>
              <span className="lesson__vote-count" aria-label={formatVotes(tally[i] ?? 0)}>
                {tally[i] ?? 0}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {/* Each choice shows its key, and Keys lists them: the line counts, on one line in the band. */}
      <p className="panel__hint lesson__vote-hint">
        {formatVotes(total)} ·{' '}
        <button
          type="button"
          className="link"
          aria-keyshortcuts="Backspace"
          disabled={total === 0}
          onClick={() => {
            unvote(step)
          }}
        >
          Undo last vote
        </button>
      </p>
    </section>
  )
}
