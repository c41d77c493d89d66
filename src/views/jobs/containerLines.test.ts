import { expect, test } from 'vitest'
import { eventsOf, worldAtOtherTime } from '../../derive/simulation'
import { countUntil } from '../../derive/steps'
import { lessonById } from '../../lessons'
import { snapshotJob } from '../../sim'
import { containerLines } from './containerLines'

test('a container restarted on another host says where it runs and what its restore read', () => {
  // brokers: host 0 fails at 20 s; YARN restarts container 0 on host 1 at 25 s.
  const lesson = lessonById('brokers')!
  const at = (t: number) => {
    const world = worldAtOtherTime(lesson.scenario, t)
    const job = snapshotJob(world, world.jobs.get('page-counter_1')!)
    const events = eventsOf(lesson.scenario)
    return containerLines(job, events.slice(0, countUntil(events, t)))
  }
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
