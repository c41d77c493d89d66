/** A job's box lists its store; a restoring container's tasks list what their restore puts back. */
import { describe, expect, it } from 'vitest'
import { readWholeLog } from '../log/fetch'
import { findPartition } from '../world'
import { storePreview } from './preview'
import { runCounterJob } from './testCounterJob'

describe('storePreview', () => {
  it('lists, while a container restores, the changelog’s latest values, marked as restoring', () => {
    const crash = { type: 'job.crash', at: 10_000, job: 'counter_1', container: 0 } as const
    const { world, job, events } = runCounterJob([{ ...crash, restartAfterMs: 500 }], 10_500)
    expect(job.containers[0]?.status).toBe('restoring')
    // The store itself stays empty until the restore ends.
    expect(job.tasks[0]?.store.values.some((v) => v !== undefined)).toBe(false)

    const changelog = findPartition(world, 'counter-changelog', 0)
    const latest = new Map<string, string | null>()
    for (const r of changelog ? readWholeLog(changelog) : [])
      if (r.key !== null) latest.set(r.key, r.value)
    const expected = [...latest]
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, value]) => ({ key, value, restoring: true }))
    expect(expected.length).toBeGreaterThan(0)
    expect(storePreview(world, job, 10)).toEqual({ entries: expected, size: expected.length })

    const restoreBegan = events.find((e) => e.type === 'job.restoring' && e.time === 10_500)
    expect(restoreBegan).toBeDefined()
  })

  it('marks nothing as restoring once the restore is over', () => {
    const crash = { type: 'job.crash', at: 10_000, job: 'counter_1', container: 0 } as const
    const { world, job } = runCounterJob([{ ...crash, restartAfterMs: 500 }], 20_000)
    expect(job.containers[0]?.status).toBe('running')
    const { entries } = storePreview(world, job, 10)
    expect(entries.length).toBeGreaterThan(0)
    expect(entries.every((e) => !e.restoring)).toBe(true)
  })
})
