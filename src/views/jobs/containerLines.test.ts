import { expect, test } from 'vitest'
import { eventsOf, worldAtOtherTime } from '../../derive/simulation'
import { countUntil } from '../../derive/steps'
import { lessonById } from '../../lessons'
import { snapshotJob } from '../../sim'
import { containerLines } from './containerLines'

/** The container lines of a lesson's page-counter_1 at `t`, with the events up to then. */
function linesAt(lessonId: string, t: number): string[] {
  const { scenario } = lessonById(lessonId)!
  const world = worldAtOtherTime(scenario, t)
  const job = snapshotJob(world, world.jobs.get('page-counter_1')!)
  const events = eventsOf(scenario)
  return containerLines(job, events.slice(0, countUntil(events, t)))
}

test('a container restarted on another host says where it runs and what its restore read', () => {
  // brokers: host 0 fails at 20 s; YARN restarts container 0 on host 1 at 25 s.
  const lesson = lessonById('brokers')!
  const at = (t: number) => linesAt('brokers', t)
  const restored = eventsOf(lesson.scenario).findLast(
    (e) => e.type === 'job.restored' && e.time <= 26_000,
  )
  expect(restored).toMatchObject({ type: 'job.restored', container: 0 })
  const [line] = at(26_000)
  expect(line).toMatch(
    /^Container 0 on host 1: running; restored \d+ keys from \d+ changelog records/,
  )
  expect(line).toContain('restored 4 keys from 16 changelog records')
  // Before the failure: host 0, and its first restore (an empty changelog) said as such.
  expect(at(5_000)[0]).toMatch(/^Container 0 on host 0: running/)
})

test('a restoring container does not repeat its earlier restore', () => {
  // simple-rewind: the job restarts at 16 s and restores until 16.002 s.
  const lesson = lessonById('simple-rewind')!
  const world = worldAtOtherTime(lesson.scenario, 16_000)
  const job = snapshotJob(world, world.jobs.get('page-counter_1')!)
  const events = eventsOf(lesson.scenario)
  expect(containerLines(job, events.slice(0, countUntil(events, 16_000)))).toEqual([
    'Container 0 on host 0: restoring',
  ])
})

test('with host affinity, a line says whether the last restore reopened the store left on the host', () => {
  // host-affinity: a crash restart on host 0 at 25.5 s, a move to host 1 at 45.5 s (restored by 50 s).
  const at = (t: number) => linesAt('host-affinity', t)[0]
  expect(at(26_000)).toMatch(
    /^Container 0 on host 0: running; restored 6 keys from 0 changelog records at 25 s 500 ms, after reopening the store left on this host at OFFSET 23$/,
  )
  expect(at(51_000)).toMatch(
    /^Container 0 on host 1: running; restored 6 keys from 18 changelog records at 50 s, the whole changelog: no copy of its store on this host$/,
  )
})
