import { describe, expect, test } from 'vitest'
import { parseScenario } from '../../../scenario/parse'
import { buildNewJob, parallelJobFields } from './newJob'
import { NEW_JOB_DEFAULTS } from './newJobForm'
import { simpleRewind, simpleRewindAt } from './testContext'

const context = simpleRewindAt(20_000)
const original = context.jobs[0]!.spec

describe('building a new job', () => {
  test('the parallel preset copies the job under a new job.id with its own topics, from oldest', () => {
    const fields = parallelJobFields(original, context)
    expect(fields).toMatchObject({
      name: 'page-counter',
      id: '2',
      processor: 'count',
      inputs: 'page-views',
      store: 'counts',
      changelog: 'page-counter-changelog-v2',
      output: 'page-counts-v2',
      offsetDefault: 'oldest',
      processingRate: '20',
    })
  })

  test('a copy of a copy gets the next free id and one version suffix', () => {
    const withCopy = {
      ...context,
      jobs: [...context.jobs, { ...context.jobs[0]!, app: 'page-counter_2' }],
    }
    const copy = { ...original, 'job.id': '2', changelog: 'page-counter-changelog-v2' }
    expect(parallelJobFields(copy, withCopy)).toMatchObject({
      id: '3',
      changelog: 'page-counter-changelog-v3',
    })
  })

  test('the built spec starts only by an action and is a valid scenario job', () => {
    const job = buildNewJob(parallelJobFields(original, context))
    expect(job).toMatchObject({
      'job.name': 'page-counter',
      'job.id': '2',
      startMs: null,
      processor: { type: 'count' },
      inputs: ['page-views'],
      changelog: 'page-counter-changelog-v2',
      'samza.offset.default': 'oldest',
      outputGuard: 'none',
    })
    if (typeof job === 'string') throw new Error(job)
    expect(parseScenario({ ...simpleRewind, jobs: [...simpleRewind.jobs, job] }).ok).toBe(true)
  })

  test('host affinity is off unless ticked, and a parallel copy keeps the job’s', () => {
    expect(buildNewJob({ ...NEW_JOB_DEFAULTS, inputs: 'a' })).toMatchObject({
      'job.host-affinity.enabled': false,
    })
    const job = buildNewJob({ ...NEW_JOB_DEFAULTS, inputs: 'page-views', hostAffinity: true })
    expect(job).toMatchObject({ 'job.host-affinity.enabled': true })
    if (typeof job === 'string') throw new Error(job)
    const parsed = parseScenario({ ...simpleRewind, jobs: [...simpleRewind.jobs, job] })
    expect(parsed.ok && parsed.value.jobs.at(-1)?.['job.host-affinity.enabled']).toBe(true)
    const affine = { ...original, 'job.host-affinity.enabled': true }
    expect(parallelJobFields(affine, context).hostAffinity).toBe(true)
    expect(parallelJobFields(original, context).hostAffinity).toBe(false)
  })

  test('an enrich job names its table; blank topics mean none', () => {
    const job = buildNewJob({
      ...NEW_JOB_DEFAULTS,
      processor: 'enrich',
      table: 'users',
      inputs: 'clicks, views',
      changelog: '',
      output: ' ',
    })
    expect(job).toMatchObject({
      processor: { type: 'enrich', table: 'users' },
      inputs: ['clicks', 'views'],
      changelog: null,
      output: null,
    })
  })

  test('the first problem is reported in words', () => {
    expect(buildNewJob(NEW_JOB_DEFAULTS)).toBe('Name at least one input topic')
    expect(buildNewJob({ ...NEW_JOB_DEFAULTS, inputs: 'a', name: 'my job' })).toBe(
      'job.name must be letters, digits, ".", "_" or "-"',
    )
    expect(buildNewJob({ ...NEW_JOB_DEFAULTS, inputs: 'a', containers: '0' })).toBe(
      'job.container.count must be at least 1',
    )
  })
})
