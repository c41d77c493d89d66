import { describe, expect, test } from 'vitest'
import type { JobSnapshot } from '../../sim'
import { buildJobCard, describeCheckpoint, displayStatus } from './jobsModel'
import { job } from './testJob'

const withContainer = (status: JobSnapshot['containers'][number]['status']): JobSnapshot => ({
  ...job,
  containers: [{ ...job.containers[0]!, status, restoreEndsAt: 32_000, restoreRecords: 40 }],
})

describe('displayStatus', () => {
  test('refines a running job by its containers', () => {
    expect(displayStatus(job)).toBe('running')
    expect(displayStatus(withContainer('restoring'))).toBe('restoring')
    expect(displayStatus(withContainer('waiting'))).toBe('crashed-waiting')
  })

  test('keeps the other statuses as they are', () => {
    for (const status of ['never started', 'stopped', 'decommissioned'] as const)
      expect(displayStatus({ ...job, status })).toBe(status)
  })
})

describe('buildJobCard', () => {
  test('says which config each run used: the declared one, or with what its start changed', () => {
    const stopped = { ...job, status: 'stopped' as const, changedSettings: [] }
    expect(buildJobCard(stopped, 40_000).runConfig).toBe(
      'The last run (started at 30 s) uses the declared job.properties unchanged.',
    )
    expect(buildJobCard({ ...job, startedAt: null }, 0).runConfig).toBeNull()
  })

  test('shows each input with its checkpoint as the offset it resumes at', () => {
    const card = buildJobCard(job, 31_000)
    expect(card.name).toBe('page-counter_2')
    expect(card.processor).toMatch(/^Counts records per key in store counts/)
    expect(card.settings).toContainEqual({ label: 'output', value: 'none' })
    expect(card.settings).toContainEqual({ label: 'task.commit.ms', value: '5000' })
    expect(card.restores).toEqual([])
    expect(card.runConfig).toBe(
      'This run (started at 30 s) uses the declared job.properties with samza.offset.default=oldest, set at that start; a later start without them runs the declared values.',
    )
    expect(card.tasks).toEqual([
      {
        name: 'Partition 0',
        container: 0,
        sinceCheckpoint: '2',
        latency: '1 s 500 ms',
        inputs: [
          {
            input: 'page-views-0',
            position: '12',
            lastProcessed: '11',
            checkpoint: 'last processed = 9 → resumes at 10',
            logEnd: '30',
            lag: '18',
          },
        ],
      },
    ])
  })

  test('is caught up only while running', () => {
    expect(buildJobCard({ ...job, caughtUp: true }, 0).caughtUp).toBe(true)
    expect(buildJobCard({ ...job, caughtUp: true, status: 'stopped' }, 0).caughtUp).toBe(false)
  })

  test('says how far a restore has to go', () => {
    expect(buildJobCard(withContainer('restoring'), 31_000).restores).toEqual([
      'Container 0 restores 40 changelog records, done in 1 s',
    ])
  })

  test('with host affinity, says whether the restore reopened a store copy and how far it has read', () => {
    const affine = withContainer('restoring')
    const settings = { ...affine.settings, 'job.host-affinity.enabled': true as const }
    const full = {
      ...affine,
      settings,
      tasks: affine.tasks.map((t) => ({ ...t, reopenedOffset: null })),
    }
    // 40 records at 5,000 a second end at 31 s; with 1 s left, 40 − 5,000 are still to read: none read yet.
    expect(buildJobCard(full, 31_000).restores).toEqual([
      'Container 0 has no copy of its store on host 0 to reopen: it replays the whole changelog, 0 of 40 records read, done in 1 s',
    ])
    const reopened = { ...full, tasks: full.tasks.map((t) => ({ ...t, reopenedOffset: 17 })) }
    expect(buildJobCard(reopened, 32_000).restores).toEqual([
      'Container 0 reopened the store it left on host 0 (OFFSET 17) and replays only the changelog after it, 40 of 40 records read, done in 0 ms',
    ])
    expect(buildJobCard(full, 0).settings).toContainEqual({
      label: 'job.host-affinity.enabled',
      value: 'true',
    })
  })

  test('a missing checkpoint or topic reads as such', () => {
    expect(describeCheckpoint(null)).toBe('none yet')
    expect(describeCheckpoint(0)).toBe('last processed = 0 → resumes at 1')
  })
})
