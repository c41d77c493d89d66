import { describe, expect, test } from 'vitest'
import { buildJobAction, restartSettings } from './jobActions'
import { JOB_DEFAULTS } from './jobForm'
import { simpleRewindAt } from './testContext'

const running = simpleRewindAt(20_000)
const stopped = simpleRewindAt(40_500)

describe('building job actions', () => {
  test('the form offers the scenario’s jobs with what they are doing at the cursor', () => {
    expect(running.jobs.map((j) => [j.app, j.status])).toEqual([['page-counter_1', 'running']])
    expect(stopped.jobs[0]?.status).toBe('stopped')
    expect(running.jobs[0]?.inputPartitions).toEqual([
      { topic: 'page-views', partition: 0 },
      { topic: 'page-views', partition: 1 },
    ])
  })

  test('stop, crash and decommission name the job (the first one unless chosen)', () => {
    expect(buildJobAction('job.stop', JOB_DEFAULTS, running)).toEqual({
      type: 'job.stop',
      job: 'page-counter_1',
    })
    expect(buildJobAction('job.crash', { ...JOB_DEFAULTS, container: '0' }, running)).toEqual({
      type: 'job.crash',
      job: 'page-counter_1',
      container: 0,
    })
    expect(buildJobAction('job.decommission', JOB_DEFAULTS, running)).toEqual({
      type: 'job.decommission',
      job: 'page-counter_1',
    })
  })

  test('a crash restarts after the cluster’s delay, after the one given, or never', () => {
    const crash = { type: 'job.crash', job: 'page-counter_1', container: 0 }
    expect(buildJobAction('job.crash', JOB_DEFAULTS, running)).toEqual(crash)
    expect(
      buildJobAction(
        'job.crash',
        { ...JOB_DEFAULTS, crashRestart: 'after', crashRestartMs: '250' },
        running,
      ),
    ).toEqual({ ...crash, restartAfterMs: 250 })
    expect(
      buildJobAction('job.crash', { ...JOB_DEFAULTS, crashRestart: 'never' }, running),
    ).toEqual({ ...crash, restartAfterMs: null })
    expect(
      buildJobAction(
        'job.crash',
        { ...JOB_DEFAULTS, crashRestart: 'after', crashRestartMs: 'soon' },
        running,
      ),
    ).toMatch(/^The restart delay/)
  })

  test('a start sets only the settings filled in', () => {
    const restart = {
      ...JOB_DEFAULTS.restart,
      offsetDefault: 'oldest' as const,
      resetOffset: 'true' as const,
      processingRate: '50',
    }
    expect(buildJobAction('job.start', { ...JOB_DEFAULTS, restart }, stopped)).toEqual({
      type: 'job.start',
      job: 'page-counter_1',
      set: { 'samza.offset.default': 'oldest', 'samza.reset.offset': true, processingRate: 50 },
    })
    expect(restartSettings(JOB_DEFAULTS.restart)).toEqual({})
    expect(restartSettings({ ...JOB_DEFAULTS.restart, commitMs: 'soon' })).toBe(
      'task.commit.ms must be a whole number',
    )
  })

  test('a start turns host affinity on or off only when asked, else runs as declared', () => {
    for (const [hostAffinity, enabled] of [
      ['true', true],
      ['false', false],
    ] as const)
      expect(
        buildJobAction(
          'job.start',
          { ...JOB_DEFAULTS, restart: { ...JOB_DEFAULTS.restart, hostAffinity } },
          stopped,
        ),
      ).toEqual({
        type: 'job.start',
        job: 'page-counter_1',
        set: { 'job.host-affinity.enabled': enabled },
      })
    expect(restartSettings({ ...JOB_DEFAULTS.restart, hostAffinity: '' })).toEqual({})
  })

  test('renaming the changelog is a restart with the new name, which is required', () => {
    const restart = { ...JOB_DEFAULTS.restart, changelog: 'counts-v3' }
    expect(buildJobAction('changelog.rename', { ...JOB_DEFAULTS, restart }, stopped)).toEqual({
      type: 'job.start',
      job: 'page-counter_1',
      set: { changelog: 'counts-v3' },
    })
    expect(buildJobAction('changelog.rename', JOB_DEFAULTS, stopped)).toBe(
      'Give the new changelog a name',
    )
  })

  test('a checkpoint by offset has one entry per input partition, -1 where left blank', () => {
    const fields = { ...JOB_DEFAULTS, checkpointOffsets: { 'page-views-1': '7' } }
    expect(buildJobAction('checkpoint.write', fields, stopped)).toEqual({
      type: 'checkpoint.write',
      job: 'page-counter_1',
      offsets: [
        { topic: 'page-views', partition: 0, offset: -1 },
        { topic: 'page-views', partition: 1, offset: 7 },
      ],
      timestamp: null,
    })
    const below = { ...JOB_DEFAULTS, checkpointOffsets: { 'page-views-0': '-2' } }
    expect(buildJobAction('checkpoint.write', below, stopped)).toBe(
      'The offset for page-views-0 must be at least -1',
    )
  })

  test('a checkpoint by time carries the timestamp and no offsets', () => {
    const fields = { ...JOB_DEFAULTS, checkpointBy: 'timestamp' as const, checkpointTime: '10000' }
    expect(buildJobAction('checkpoint.write', fields, stopped)).toEqual({
      type: 'checkpoint.write',
      job: 'page-counter_1',
      offsets: null,
      timestamp: 10_000,
    })
  })

  test('a checkpoint by time takes a UTC date as well as epoch milliseconds', () => {
    const at = (checkpointTime: string) =>
      buildJobAction(
        'checkpoint.write',
        { ...JOB_DEFAULTS, checkpointBy: 'timestamp' as const, checkpointTime },
        stopped,
      )
    const may2024at10 = 1_714_557_600_000
    for (const text of ['2024-05-01 10:00', '2024-05-01T10:00:00Z', '2024-05-01 10:00:00 UTC'])
      expect(at(text)).toMatchObject({ timestamp: may2024at10 })
    expect(at('2024-05-01T10:00:00.25Z')).toMatchObject({ timestamp: may2024at10 + 250 })
    expect(at('1714557600000')).toMatchObject({ timestamp: may2024at10 })
    // A day or time that does not exist is refused, not rolled over into the next.
    for (const text of ['2024-02-31', '2024-05-01 10:75', 'yesterday', '-5'])
      expect(at(text)).toBe(
        'The timestamp must be epoch milliseconds or a UTC date such as 2024-05-01 10:00:00',
      )
  })

  test('a scenario without jobs says so', () => {
    expect(buildJobAction('job.stop', JOB_DEFAULTS, { ...running, jobs: [] })).toMatch(/no job/)
  })

  test('without a choice, the first job the action suits: a running one to stop, a stopped one to start', () => {
    const live = running.jobs[0]!
    const twoJobs = {
      ...running,
      jobs: [
        { ...live, app: 'old_1', status: 'stopped' as const },
        { ...live, app: 'live_1', status: 'running' as const },
      ],
    }
    expect(buildJobAction('job.stop', JOB_DEFAULTS, twoJobs)).toEqual({
      type: 'job.stop',
      job: 'live_1',
    })
    expect(buildJobAction('job.start', JOB_DEFAULTS, twoJobs)).toMatchObject({
      type: 'job.start',
      job: 'old_1',
    })
    expect(buildJobAction('job.stop', { ...JOB_DEFAULTS, job: 'old_1' }, twoJobs)).toEqual({
      type: 'job.stop',
      job: 'old_1',
    })
  })
})
