import { LIMITS } from '../../scenario/limits'
import { z } from '../../scenario/zod'
import type { Check, Match, Query, QueryValue } from '../query/query'
import { LESSON_ID, LESSON_LIMITS } from './limits'

/**
 * The newest lesson format this build reads. Version 1 holds one scenario; version 2 adds lessons
 * over two branches of one scenario (a scenario with `branches`, readers naming a branch, a step
 * showing one, and the `firstDivergence` query). A lesson is written in the oldest version that
 * holds it (see `lessonVersionOf`), so one without branches still opens in older builds.
 */
export const LESSON_VERSION = 2
/** The first lesson format with branches. */
export const BRANCHED_LESSON_VERSION = 2

/** The version a lesson is written in: the oldest that holds it. */
export function lessonVersionFor(hasBranches: boolean): 1 | typeof LESSON_VERSION {
  return hasBranches ? BRANCHED_LESSON_VERSION : 1
}

const count = (max: number) => z.number().int().min(0).max(max)
const offset = () => z.number().int().min(-1).max(Number.MAX_SAFE_INTEGER)
const name = () => z.string().min(1).max(LIMITS.nameLength)
const words = (min: number, max: number) => z.string().min(min).max(max)
/** A job by its YARN application name, `<job.name>_<job.id>`. */
const jobName = () => words(1, LIMITS.nameLength * 2 + 1)

const branchSide = () => z.enum(['a', 'b'])
/** Which branch's world a reader reads (A when left out); only in a lesson over two branches. */
const inBranch = { branch: branchSide().optional() }
const partitionRef = { topic: name(), partition: count(LIMITS.partitionsPerTopic - 1).default(0) }
const jobInputRef = { job: jobName(), ...partitionRef }

const queryValue: z.ZodType<QueryValue> = z.lazy(() =>
  z.union([
    z.number(),
    z.string().max(LIMITS.textLength),
    z.boolean(),
    z.null(),
    z.array(queryValue).max(LESSON_LIMITS.queryNodes),
  ]),
)

const matchFields = {
  equals: queryValue.optional(),
  atLeast: z.number().optional(),
  atMost: z.number().optional(),
}

const hasBound = (m: Match): boolean =>
  m.equals !== undefined || m.atLeast !== undefined || m.atMost !== undefined
const BOUND_NEEDED = { message: 'give at least one of equals, atLeast, atMost' }

const match: z.ZodType<Match> = z.strictObject(matchFields).refine(hasBound, BOUND_NEEDED)

const check: z.ZodType<Check> = z.lazy(() =>
  z.strictObject({ query, ...matchFields }).refine(hasBound, BOUND_NEEDED),
)

const query: z.ZodType<Query> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('logStartOffset'), ...inBranch, ...partitionRef }),
    z.strictObject({ kind: z.literal('logEndOffset'), ...inBranch, ...partitionRef }),
    z.strictObject({ kind: z.literal('cleanerCheckpoint'), ...inBranch, ...partitionRef }),
    z.strictObject({ kind: z.literal('segmentCount'), ...inBranch, ...partitionRef }),
    z.strictObject({ kind: z.literal('leader'), ...inBranch, ...partitionRef }),
    z.strictObject({
      kind: z.literal('offsetInLog'),
      ...inBranch,
      ...partitionRef,
      offset: offset(),
    }),
    z.strictObject({
      kind: z.literal('segmentOf'),
      ...inBranch,
      ...partitionRef,
      offset: offset(),
    }),
    z.strictObject({
      kind: z.literal('recordCount'),
      ...inBranch,
      topic: name(),
      partition: count(LIMITS.partitionsPerTopic - 1).optional(),
      key: z.string().max(LIMITS.nameLength).optional(),
    }),
    z.strictObject({
      kind: z.literal('latestValue'),
      ...inBranch,
      ...partitionRef,
      key: z.string().max(LIMITS.nameLength),
    }),
    z.strictObject({ kind: z.literal('topicExists'), ...inBranch, topic: name() }),
    z.strictObject({ kind: z.literal('consumerPosition'), ...inBranch, consumer: name() }),
    z.strictObject({ kind: z.literal('consumerReceived'), ...inBranch, consumer: name() }),
    z.strictObject({ kind: z.literal('consumerError'), ...inBranch, consumer: name() }),
    z.strictObject({
      kind: z.literal('storeValue'),
      ...inBranch,
      job: jobName(),
      key: z.string().max(LIMITS.nameLength),
    }),
    z.strictObject({ kind: z.literal('storeSum'), ...inBranch, job: jobName() }),
    z.strictObject({ kind: z.literal('store'), ...inBranch, job: jobName() }),
    z.strictObject({ kind: z.literal('jobPosition'), ...inBranch, ...jobInputRef }),
    z.strictObject({ kind: z.literal('jobCheckpoint'), ...inBranch, ...jobInputRef }),
    z.strictObject({ kind: z.literal('jobLag'), ...inBranch, job: jobName() }),
    z.strictObject({ kind: z.literal('jobStatus'), ...inBranch, job: jobName() }),
    z.strictObject({ kind: z.literal('jobProcessing'), ...inBranch, job: jobName() }),
    z.strictObject({ kind: z.literal('firstDivergence') }),
    z.strictObject({ kind: z.literal('difference'), of: query, minus: query }),
    z.strictObject({ kind: z.literal('same'), a: query, b: query }),
    z.strictObject({
      kind: z.literal('all'),
      of: z.array(check).min(1).max(LESSON_LIMITS.queryNodes),
    }),
    z.strictObject({
      kind: z.literal('tuple'),
      of: z.array(query).min(1).max(LESSON_LIMITS.queryNodes),
    }),
  ]),
)

const choice = z.strictObject({
  text: words(1, LESSON_LIMITS.choiceLength),
  /** Left out on at most one choice: the answer when no other choice's condition holds. */
  when: match.optional(),
})

const prediction = z.strictObject({
  question: words(1, LESSON_LIMITS.questionLength),
  query,
  choices: z.array(choice).min(2).max(LESSON_LIMITS.choices),
  /** Where on screen the answer shows, said after the reveal. */
  lookAt: words(0, LESSON_LIMITS.questionLength).default(''),
})

export const STEP_PANELS = ['log', 'jobs', 'store', 'outputs', 'cluster', 'charts'] as const

const view = z.strictObject({
  topic: name().optional(),
  partition: count(LIMITS.partitionsPerTopic - 1).optional(),
  inspectOffset: offset().optional(),
  panel: z.enum(STEP_PANELS).optional(),
  /** The job (`<job.name>_<job.id>`) whose state store the step shows. */
  job: jobName().optional(),
  /** A second job whose store is shown beside `job`'s, to compare the two. */
  compareJob: jobName().optional(),
  /** In a lesson over two branches: the branch the views show and act on (A when left out). */
  branch: branchSide().optional(),
})

/** Where on screen a value a step names is read: the stage or one of the panels beside it. */
export const SHOWN_IN = [
  'stage',
  'jobs',
  'store',
  'outputs',
  'cluster',
  'narration',
  'inspector',
] as const

/**
 * A value the step's text names, as the class reads it on screen at that step (`page-0 4` for a
 * store row, `log start 6` on the stage): checked by a test for every built-in lesson, so the
 * text never says what the picture does not show.
 */
const shown = z.strictObject({
  in: z.enum(SHOWN_IN),
  text: words(1, LESSON_LIMITS.shownLength),
})

const step = z.strictObject({
  at: count(LIMITS.durationMs),
  title: words(1, LESSON_LIMITS.titleLength),
  text: words(0, LESSON_LIMITS.textLength),
  view: view.optional(),
  shows: z.array(shown).max(LESSON_LIMITS.shownPerStep).optional(),
  predict: prediction.optional(),
})

/** A lesson document: checked field by field before anything of it is shown or run. */
export const lessonSchema = z.strictObject({
  kind: z.literal('lesson'),
  version: z.literal([1, LESSON_VERSION]),
  id: z.string().regex(LESSON_ID, 'use 1 to 64 lower-case letters, digits and "-"'),
  title: words(1, LESSON_LIMITS.titleLength),
  summary: words(0, LESSON_LIMITS.summaryLength).default(''),
  minutes: z.number().int().min(1).max(LESSON_LIMITS.minutes),
  /**
   * Parsed by the scenario boundary itself (`parseScenarioDocument`), so its problems read the
   * same; from version 2 it may hold two branches.
   */
  scenario: z.unknown(),
  steps: z.array(step).min(1).max(LESSON_LIMITS.steps),
})

export type Prediction = z.output<typeof prediction>
export type Choice = z.output<typeof choice>
export type StepView = z.output<typeof view>
export type StepPanel = (typeof STEP_PANELS)[number]
export type ShownIn = (typeof SHOWN_IN)[number]
export type LessonStep = z.output<typeof step>
/** A lesson as written in a file (defaults may be left out). */
export type LessonDocument = z.input<typeof lessonSchema>
