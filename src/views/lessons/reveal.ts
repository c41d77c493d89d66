import type { Lesson } from '../../lessons'
import { answerPrediction, formatQueryValue } from '../../lessons/query/answer'
import type { QueryWorlds } from '../../lessons/query/evaluate'
import { tallyOf } from './tally'

/** What the player shows after a prediction: the simulation's answer beside the class's guess. */
export interface Reveal {
  readonly question: string
  /** The choice the simulated world picks (its query's answer), not one written in the text. */
  readonly answer: string | null
  /** The query's value, as words: said when no choice fits it. */
  readonly value: string
  readonly guess: string | null
  readonly lookAt: string
  /** The prediction's choices, in the order shown (the presenter's keys 1–9). */
  readonly choices: readonly string[]
  /** The class's votes per choice, in that order (all 0 when nobody counted them). */
  readonly tally: readonly number[]
}

/**
 * The reveal shown on arriving at step `index`: the previous step's prediction, if it asked one,
 * answered by the world at this step's time (`worldsAt`), with the guess and the class's tally.
 */
export function revealAt(
  lesson: Lesson,
  index: number,
  guesses: Readonly<Record<number, string>>,
  worldsAt: (t: number) => QueryWorlds,
  votes: Readonly<Record<number, readonly number[]>> = {},
): Reveal | null {
  const asked = lesson.steps[index - 1]?.predict
  const step = lesson.steps[index]
  if (asked === undefined || step === undefined) return null
  const { value, choice } = answerPrediction(asked, worldsAt(step.at))
  const choices = asked.choices.map((c) => c.text)
  return {
    question: asked.question,
    answer: choice === null ? null : (choices[choice] ?? null),
    value: formatQueryValue(value),
    guess: guesses[index - 1] ?? null,
    lookAt: asked.lookAt,
    choices,
    tally: tallyOf(votes[index - 1], choices.length),
  }
}

/**
 * Every prediction of `lesson`, revealed: what the class saw, for the recap at its end. A
 * prediction on the last step has no step to reveal it, so it is left out.
 */
export function revealsOf(
  lesson: Lesson,
  guesses: Readonly<Record<number, string>>,
  worldsAt: (t: number) => QueryWorlds,
  votes: Readonly<Record<number, readonly number[]>>,
): Reveal[] {
  return lesson.steps.flatMap((_, i) => revealAt(lesson, i, guesses, worldsAt, votes) ?? [])
}

export function guessMatched(reveal: Reveal): boolean {
  return reveal.guess !== null && reveal.guess === reveal.answer
}
