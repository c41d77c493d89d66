import type { Reveal } from './reveal'
import { guessMatched } from './reveal'
import { formatVotes } from './tally'
import { TallyList } from './TallyList'
import { useAppStore } from '../../store/appStore'

/** The verdict on the one guess marked (at a desk), when the class's votes were not counted. */
function verdictOf(reveal: Reveal): { text: string; tone: 'none' | 'match' | 'miss' } {
  if (reveal.guess === null) return { text: 'No guess was marked.', tone: 'none' }
  return guessMatched(reveal)
    ? { text: `✓ The guess “${reveal.guess}” matches.`, tone: 'match' }
    : { text: `✗ The guess was “${reveal.guess}”: it does not match.`, tone: 'miss' }
}

/** The simulation's answer to the last prediction, the class's votes or guess beside it. */
export function RevealBox({ reveal }: { reveal: Reveal }) {
  const votes = reveal.tally.reduce((a, b) => a + b, 0)
  const right = reveal.choices.findIndex((c) => c === reveal.answer)
  const verdict = verdictOf(reveal)
  const tone = votes > 0 ? 'none' : verdict.tone
  // In front of a class the room votes; a desk's "no guess" would only be noise on the projector.
  const presenting = useAppStore((s) => s.presenting)
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
      {votes > 0 ? (
        <>
          <TallyList choices={reveal.choices} tally={reveal.tally} answer={reveal.answer} />
          {right >= 0 && (
            <p className="lesson__verdict">
              {reveal.tally[right] ?? 0} of {formatVotes(votes)} for the simulation&apos;s answer.
            </p>
          )}
        </>
      ) : (
        !(presenting && reveal.guess === null) && <p className="lesson__verdict">{verdict.text}</p>
      )}
      {reveal.lookAt !== '' && <p className="lesson__look">{reveal.lookAt}</p>}
    </div>
  )
}
