import type { Reveal } from './reveal'
import { guessMatched } from './reveal'

/** The simulation's answer to the last prediction, the guess beside it, and where to look. */
export function RevealBox({ reveal }: { reveal: Reveal }) {
  const matched = guessMatched(reveal)
  const verdict =
    reveal.guess === null
      ? 'No guess was marked.'
      : matched
        ? `✓ The guess “${reveal.guess}” matches.`
        : `✗ The guess was “${reveal.guess}”: it does not match.`
  const tone = reveal.guess === null ? 'none' : matched ? 'match' : 'miss'
  return (
    <div className={`lesson__reveal lesson__reveal--${tone}`}>
      <p className="lesson__reveal-question">{reveal.question}</p>
      {reveal.answer === null ? (
        <p>
          The simulation gives <strong>{reveal.value}</strong>, which none of the choices describes.
        </p>
      ) : (
        <p>
          The simulation says: <strong>{reveal.answer}</strong>
        </p>
      )}
      <p className="lesson__verdict">{verdict}</p>
      {reveal.lookAt !== '' && <p className="lesson__look">{reveal.lookAt}</p>}
    </div>
  )
}
