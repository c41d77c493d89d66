import type { Prediction } from '../../lessons'
import { useLessonSession } from '../../store/lessonSession'

/** The question and its choices; a guess is optional and only compared after the reveal. */
export function PredictionForm({
  prediction,
  step,
  guess,
}: {
  prediction: Prediction
  step: number
  guess: string | undefined
}) {
  const choose = useLessonSession((s) => s.guess)
  return (
    <fieldset className="lesson__predict">
      <legend>Predict: {prediction.question}</legend>
      {prediction.choices.map((choice, i) => (
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
          <kbd className="lesson__key" aria-hidden="true">
            {i + 1}
          </kbd>
          {choice.text}
        </label>
      ))}
      <p className="panel__hint">
        Pick one (or not), then press Reveal: the simulation gives the answer.
      </p>
    </fieldset>
  )
}
