import type { WorldSnapshot } from '../sim'
import type { ScenarioInput } from '../scenario/schema'

/**
 * A question the class answers before the lesson moves on; the simulation, not the text, answers
 * it: `answer` reads the world at the step's time and returns one of `choices`.
 */
export interface Prediction {
  readonly question: string
  readonly choices: readonly string[]
  readonly answer: (world: WorldSnapshot) => string
  /** One sentence shown after the reveal, saying where on screen to see the answer. */
  readonly lookAt: string
}

/** A view of the app's middle column that a step can bring into sight. */
export type StepPanel = 'log' | 'jobs' | 'store' | 'outputs' | 'cluster' | 'charts'

/**
 * What the app shows at a step: the partition in the log view, a record to inspect, and the panel
 * the step's text or reveal talks about, scrolled into view.
 */
export interface StepView {
  /** `topic-partition`, as the partition picker names it. */
  readonly partition?: string
  readonly inspectOffset?: number
  readonly panel?: StepPanel
}

/** One stop of a lesson: the cursor moves to `at`, the text is read, the class looks. */
export interface LessonStep {
  /** Scenario time in ms. Steps are in time order. */
  readonly at: number
  readonly title: string
  /** Plain words; Kafka's and Samza's real names. */
  readonly text: string
  readonly view?: StepView
  /** Asked at this step; answered at the next step's time (the reveal). */
  readonly predict?: Prediction
}

export interface Lesson {
  /** Stable: it appears in links (`lesson=<id>&step=<n>`). */
  readonly id: string
  readonly title: string
  /** One line for the picker. */
  readonly summary: string
  readonly minutes: number
  readonly scenario: ScenarioInput
  readonly steps: readonly LessonStep[]
}
