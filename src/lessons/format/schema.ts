import { LIMITS } from '../../scenario/limits'
import { z } from '../../scenario/zod'
import type { Check, Match, Query, QueryValue } from '../query/query'
import { LESSON_ID, LESSON_LIMITS } from './limits'
import { LESSON_VERSION } from './version'

const count = (max: number) => z.number().check(z.int(), z.gte(0), z.lte(max))
const offset = () => z.number().check(z.int(), z.gte(-1), z.lte(Number.MAX_SAFE_INTEGER))
const name = () => z.string().check(z.minLength(1), z.maxLength(LIMITS.nameLength))
const words = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max))
/** A key a query reads: text as long as a name may be, possibly empty. */
const key = () => z.string().check(z.maxLength(LIMITS.nameLength))
/** A job by its YARN application name, `<job.name>_<job.id>`. */
const jobName = () => words(1, LIMITS.nameLength * 2 + 1)

const branchSide = () => z.enum(['a', 'b'])
/** Which branch's world a reader reads (A when left out); only in a lesson over two branches. */
const inBranch = { branch: z.optional(branchSide()) }
const partitionRef = {
  topic: name(),
  partition: z._default(count(LIMITS.partitionsPerTopic - 1), 0),
}
const jobInputRef = { job: jobName(), ...partitionRef }

const queryValue: z.ZodMiniType<QueryValue> = z.lazy(() =>
  z.union([
    z.number(),
    z.string().check(z.maxLength(LIMITS.textLength)),
    z.boolean(),
    z.null(),
    z.array(queryValue).check(z.maxLength(LESSON_LIMITS.queryNodes)),
  ]),
)

const matchFields = {
  equals: z.optional(queryValue),
  atLeast: z.optional(z.number()),
  atMost: z.optional(z.number()),
}

const hasBound = (m: Match): boolean =>
  m.equals !== undefined || m.atLeast !== undefined || m.atMost !== undefined
const BOUND_NEEDED = { message: 'give at least one of equals, atLeast, atMost' }

const match: z.ZodMiniType<Match> = z
  .strictObject(matchFields)
  .check(z.refine(hasBound, BOUND_NEEDED))

const check: z.ZodMiniType<Check> = z.lazy(() =>
  z.strictObject({ query, ...matchFields }).check(z.refine(hasBound, BOUND_NEEDED)),
)

const query: z.ZodMiniType<Query> = z.lazy(() =>
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
      partition: z.optional(count(LIMITS.partitionsPerTopic - 1)),
      key: z.optional(key()),
    }),
    z.strictObject({
      kind: z.literal('latestValue'),
      ...inBranch,
      ...partitionRef,
      key: key(),
    }),
    z.strictObject({ kind: z.literal('topicExists'), ...inBranch, topic: name() }),
    z.strictObject({ kind: z.literal('consumerPosition'), ...inBranch, consumer: name() }),
    z.strictObject({ kind: z.literal('consumerReceived'), ...inBranch, consumer: name() }),
    z.strictObject({ kind: z.literal('consumerError'), ...inBranch, consumer: name() }),
    z.strictObject({
      kind: z.literal('storeValue'),
      ...inBranch,
      job: jobName(),
      key: key(),
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
      of: z.array(check).check(z.minLength(1), z.maxLength(LESSON_LIMITS.queryNodes)),
    }),
    z.strictObject({
      kind: z.literal('tuple'),
      of: z.array(query).check(z.minLength(1), z.maxLength(LESSON_LIMITS.queryNodes)),
    }),
  ]),
)

const choice = z.strictObject({
  text: words(1, LESSON_LIMITS.choiceLength),
  /** Left out on at most one choice: the answer when no other choice's condition holds. */
  when: z.optional(match),
})

const prediction = z.strictObject({
  question: words(1, LESSON_LIMITS.questionLength),
  query,
  choices: z.array(choice).check(z.minLength(2), z.maxLength(LESSON_LIMITS.choices)),
  /** Where on screen the answer shows, said after the reveal. */
  lookAt: z._default(words(0, LESSON_LIMITS.questionLength), ''),
})

export const STEP_PANELS = ['log', 'jobs', 'store', 'outputs', 'cluster', 'charts'] as const

const view = z.strictObject({
  topic: z.optional(name()),
  partition: z.optional(count(LIMITS.partitionsPerTopic - 1)),
  inspectOffset: z.optional(offset()),
  panel: z.optional(z.enum(STEP_PANELS)),
  /** The job (`<job.name>_<job.id>`) whose state store the step shows. */
  job: z.optional(jobName()),
  /** A second job whose store is shown beside `job`'s, to compare the two. */
  compareJob: z.optional(jobName()),
  /** In a lesson over two branches: the branch the views show and act on (A when left out). */
  branch: z.optional(branchSide()),
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
  view: z.optional(view),
  shows: z.optional(z.array(shown).check(z.maxLength(LESSON_LIMITS.shownPerStep))),
  predict: z.optional(prediction),
})

/** A lesson document: checked field by field before anything of it is shown or run. */
export const lessonSchema = z.strictObject({
  kind: z.literal('lesson'),
  version: z.literal([1, LESSON_VERSION]),
  id: z.string().check(z.regex(LESSON_ID, 'use 1 to 64 lower-case letters, digits and "-"')),
  title: words(1, LESSON_LIMITS.titleLength),
  summary: z._default(words(0, LESSON_LIMITS.summaryLength), ''),
  minutes: z.number().check(z.int(), z.gte(1), z.lte(LESSON_LIMITS.minutes)),
  /**
   * Parsed by the scenario boundary itself (`parseScenarioDocument`), so its problems read the
   * same; from version 2 it may hold two branches.
   */
  scenario: z.unknown(),
  steps: z.array(step).check(z.minLength(1), z.maxLength(LESSON_LIMITS.steps)),
})

export type Prediction = z.output<typeof prediction>
export type Choice = z.output<typeof choice>
export type StepView = z.output<typeof view>
export type StepPanel = (typeof STEP_PANELS)[number]
export type ShownIn = (typeof SHOWN_IN)[number]
export type LessonStep = z.output<typeof step>
/** A lesson as written in a file (defaults may be left out). */
export type LessonDocument = z.input<typeof lessonSchema>
