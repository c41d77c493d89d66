/** A crash restarts the container after the delay the crash names, or never (the job fails). */
import { describe, expect, it } from 'vitest'
import { narrate } from '../narration'
import type { ScenarioAction } from '../simScenario'
import { runCounterJob } from './testCounterJob'

const run = (actions: ScenarioAction[], until = 30_000) => runCounterJob(actions, until)

const crash = (restartAfterMs?: number | null): ScenarioAction => ({
  type: 'job.crash',
  at: 10_000,
  job: 'counter_1',
  container: 0,
  ...(restartAfterMs === undefined ? {} : { restartAfterMs }),
})

describe('a container crash', () => {
  it('restarts after the scenario’s containerRestartMs by default', () => {
    const { events } = run([crash()])
    expect(events.find((e) => e.type === 'job.crashed')).toMatchObject({ restartAt: 15_000 })
    expect(events.find((e) => e.type === 'job.restoring' && e.time > 10_000)?.time).toBe(15_000)
  })

  it('restarts after the delay the crash names', () => {
    const { events } = run([crash(500)])
    expect(events.find((e) => e.type === 'job.crashed')).toMatchObject({ restartAt: 10_500 })
    expect(events.find((e) => e.type === 'job.restoring' && e.time > 10_000)?.time).toBe(10_500)
  })

  it('with no restart, fails the job: it stays down until it is started again', () => {
    const { events, job } = run([crash(null)], 20_000)
    const crashed = events.find((e) => e.type === 'job.crashed')
    expect(crashed).toMatchObject({ restartAt: null })
    expect(crashed && narrate(crashed)).toMatch(/the cluster manager does not restart it/)
    expect(events.filter((e) => e.time === 10_000).map((e) => e.type)).toEqual(
      expect.arrayContaining(['job.crashed', 'job.stopped']),
    )
    expect(events.some((e) => e.type === 'job.restoring' && e.time > 10_000)).toBe(false)
    expect(job.status).toBe('stopped')
    const restarted = run([
      crash(null),
      { type: 'job.start', at: 12_000, job: 'counter_1', set: {} },
    ])
    expect(restarted.job.status).toBe('running')
  })
})
