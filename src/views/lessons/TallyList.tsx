import { UserText } from '../shared/UserText'
import './classVotes.css'

/**
 * The class's votes per choice, as numbers and bars; after a reveal, the simulation's answer is
 * marked in words as well as by its bar's colour.
 */
export function TallyList({
  choices,
  tally,
  answer = null,
}: {
  choices: readonly string[]
  tally: readonly number[]
  answer?: string | null
}) {
  const most = Math.max(1, ...tally)
  return (
    <ol className="tally" aria-label="The class's votes">
      {choices.map((choice, i) => {
        const count = tally[i] ?? 0
        const right = answer !== null && choice === answer
        return (
          <li key={choice} className={right ? 'tally__row tally__row--answer' : 'tally__row'}>
            <span className="tally__count">{count}</span>
            <span className="tally__bar" aria-hidden="true">
              <span style={{ width: `${String((100 * count) / most)}%` }} />
            </span>
            <span className="tally__choice">
              <UserText text={choice} />
              {right && <strong> ✓ the simulation&apos;s answer</strong>}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
