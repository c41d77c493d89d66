/**
 * Bounds on untrusted lessons (a shared link or file), beside the scenario's own (`LIMITS`): what
 * a lesson may ask the app to show and evaluate.
 */
export const LESSON_LIMITS = {
  steps: 60,
  titleLength: 120,
  summaryLength: 400,
  textLength: 3_000,
  questionLength: 600,
  choices: 9,
  choiceLength: 300,
  /** Values a step says the screen shows (`shows`), and the length of each. */
  shownPerStep: 20,
  shownLength: 200,
  /** Readers and combinators in one query, counted over the whole tree. */
  queryNodes: 16,
  minutes: 600,
} as const

/** The id a lesson is known by in links and in this browser's list. */
export const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,63}$/
