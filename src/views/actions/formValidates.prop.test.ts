import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { LIMITS } from '../../scenario/limits'
import { actionSchema, jobSchema } from '../../scenario/schema'
import { ACTION_GROUPS, buildAction, EMPTY_FIELDS, type ActionFields } from './buildAction'
import { CLUSTER_DEFAULTS } from './families/clusterForm'
import { JOB_DEFAULTS } from './families/jobForm'
import { LOG_DEFAULTS, NUMERIC_TOPIC_CONFIGS, REMOTE_STORAGE_CONFIG } from './families/logActions'
import { buildNewJob } from './families/newJob'
import { NEW_JOB_DEFAULTS, type NewJobFields } from './families/newJobForm'
import { simpleRewindAt } from './families/testContext'

/**
 * Whatever the action form accepts, the scenario format accepts: the fields' kinds and bounds come
 * from the schema, so no typed value passes the form and is then refused by the scenario.
 */

/** What a person may type in a text box: numbers of every kind, near the bounds, or anything. */
const typed = fc.oneof(
  fc.integer({ min: -3, max: 70 }).map(String),
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('', ' ', '1e3', '0x10', '9'.repeat(15), '2592000001', '-0', '1.5'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', '-', '.', '_', ' ', ','), maxLength: 8 }),
  fc.string({ maxLength: LIMITS.textLength }),
)

const choiceOf = <T>(values: readonly T[]) => fc.constantFrom(...values)

const logFields = fc.record({
  key: typed,
  value: typed,
  tombstone: fc.boolean(),
  offset: typed,
  firstDirty: typed,
  consumer: choiceOf(['', 'reader']),
  seekTo: choiceOf(['offset', 'earliest', 'latest'] as const),
  singleRequest: fc.boolean(),
  restartReset: choiceOf(['', 'earliest', 'latest', 'none'] as const),
  configName: choiceOf(['cleanup.policy', ...NUMERIC_TOPIC_CONFIGS, REMOTE_STORAGE_CONFIG]),
  configValue: fc.oneof(typed, choiceOf(['delete', 'compact', 'true', 'false'])),
  periodic: fc.boolean(),
})

const jobFields = fc.record({
  job: choiceOf(['', 'page-counter_1']),
  container: typed,
  crashRestart: choiceOf(['cluster', 'after', 'never'] as const),
  crashRestartMs: typed,
  checkpointBy: choiceOf(['offset', 'timestamp'] as const),
  checkpointOffsets: fc.record({ 'page-views-0': typed, 'page-views-1': typed }),
  checkpointTime: typed,
  restart: fc.record({
    offsetDefault: choiceOf(['', 'upcoming', 'oldest'] as const),
    resetOffset: choiceOf(['', 'true', 'false'] as const),
    changelog: typed,
    output: typed,
    processingRate: typed,
    commitMs: typed,
    hostAffinity: choiceOf(['', 'true', 'false'] as const),
  }),
})

// The topic is a select over the topics at the cursor ('' is the selected partition's).
const clusterFields = fc.record({
  deleteTopic: choiceOf(['', 'page-views', 'page-counts']),
  broker: typed,
  host: typed,
})

const newJobFields: fc.Arbitrary<NewJobFields> = fc.record({
  name: typed,
  id: typed,
  processor: choiceOf(['count', 'latest', 'enrich'] as const),
  table: typed,
  inputs: fc.oneof(
    typed,
    fc.array(typed, { maxLength: 10 }).map((names) => names.join(',')),
  ),
  store: typed,
  changelog: typed,
  output: typed,
  offsetDefault: choiceOf(['upcoming', 'oldest'] as const),
  resetOffset: fc.boolean(),
  commitMs: typed,
  containers: typed,
  processingRate: typed,
  restoreRate: typed,
  outputGuard: choiceOf(['none', 'newer-source-timestamp', 'newer-input-offset'] as const),
  hostAffinity: fc.boolean(),
})

const fields: fc.Arbitrary<ActionFields> = fc
  .tuple(logFields, jobFields, clusterFields)
  .map(([log, job, cluster]) => ({
    ...EMPTY_FIELDS,
    ...LOG_DEFAULTS,
    ...log,
    ...JOB_DEFAULTS,
    ...job,
    ...CLUSTER_DEFAULTS,
    ...cluster,
  }))

const choices = ACTION_GROUPS.flatMap((g) => g.actions.map((a) => a.type)).filter(
  (type) => type !== 'job.new',
)

// A running and a stopped job, and a consumer to act on.
const contexts = [20_000, 40_500].map((t) => ({ ...simpleRewindAt(t), consumers: ['reader'] }))

describe('the action form accepts only what the scenario format accepts', () => {
  test.prop([choiceOf(choices), fields, choiceOf(contexts)], { numRuns: 400 })(
    'an action built from any typed fields parses with the schema',
    async (type, typedFields, context) => {
      const outcome = await buildAction(type, typedFields, context)
      if (typeof outcome === 'string' || outcome.kind !== 'action') return
      const parsed = actionSchema.safeParse({ ...outcome.action, at: 0 })
      expect(parsed.error?.issues ?? []).toEqual([])
    },
  )

  test.prop([newJobFields], { numRuns: 300 })(
    'a new job built from any typed fields parses with the schema',
    (typedFields) => {
      const job = buildNewJob(typedFields)
      if (typeof job === 'string') return
      expect(jobSchema.safeParse(job).error?.issues ?? []).toEqual([])
    },
  )

  test('with the defaults (and a config value) every choice is accepted, so the above is no vacuous pass', async () => {
    const filled = { ...EMPTY_FIELDS, configValue: '5000' }
    const stopped = contexts[1]!
    for (const type of choices) {
      const typedFields =
        type === 'changelog.rename'
          ? { ...filled, restart: { ...filled.restart, changelog: 'counts-v2' } }
          : filled
      const outcome = await buildAction(type, typedFields, stopped)
      if (typeof outcome === 'string' || outcome.kind !== 'action') throw new Error(type)
      expect(actionSchema.safeParse({ ...outcome.action, at: 0 }).success, type).toBe(true)
    }
  })

  test('a number past the schema’s bound is refused in the form, naming the bound', () => {
    // Past the safe-integer range too, the bound named is the field's own, not the range's.
    for (const containers of ['65', '99999999999999999']) {
      const tooMany = { ...NEW_JOB_DEFAULTS, inputs: 'page-views', containers }
      expect(buildNewJob(tooMany)).toBe(
        `job.container.count must be at most ${LIMITS.partitionsPerTopic}`,
      )
    }
    const fast = { ...NEW_JOB_DEFAULTS, inputs: 'page-views', processingRate: '0' }
    expect(buildNewJob(fast)).toBe('The catch-up rate must be a number above 0')
  })
})
