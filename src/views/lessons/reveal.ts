import type { Lesson } from '../../lessons'
import { answerPrediction, formatQueryValue } from '../../lessons/query/answer'
import type { WorldSnapshot } from '../../sim'

/** What the player shows after a prediction: the simulation's answer beside the class's guess. */
export interface Reveal {
  readonly question: string
  /** The choice the simulated world picks (its query's answer), not one written in the text. */
  readonly answer: string | null
  /** The query's value, as words: said when no choice fits it. */
  readonly value: string
  readonly guess: string | null
  readonly lookAt: string
}

/**
 * The reveal shown on arriving at step `index`: the previous step's prediction, if it asked one,
 * answered by the world at this step's time (`worldAt`).
 */
export function revealAt(
  lesson: Lesson,
  index: number,
  guesses: Readonly<Record<number, string>>,
  worldAt: (t: number) => WorldSnapshot,
): Reveal | null {
  const asked = lesson.steps[index - 1]?.predict
  const step = lesson.steps[index]
  if (asked === undefined || step === undefined) return null
  const { value, choice } = answerPrediction(asked, worldAt(step.at))
  return {
    question: asked.question,
    answer: choice === null ? null : (asked.choices[choice]?.text ?? null),
    value: formatQueryValue(value),
    guess: guesses[index - 1] ?? null,
    lookAt: asked.lookAt,
  }
}

export function guessMatched(reveal: Reveal): boolean {
  return reveal.guess !== null && reveal.guess === reveal.answer
}
