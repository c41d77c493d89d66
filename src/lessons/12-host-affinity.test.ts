import { describe, expect, test } from 'vitest'
import { jobOf, partitionOf, recordsOf } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const lesson = builtinLessonById('host-affinity')

describe('lesson 12, host affinity: what the narration says holds', () => {
  const run = runLesson(lesson)
  const JOB = 'page-counter_1'
  const restoring = () => run.events('job.restoring')

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(lesson, {
      0: 'Processing at once: it reopened its store',
      1: 'No: it is replaying the whole changelog',
      2: 'Yes: both paths give the same store',
    })
  })

  test('each commit leaves the store and its OFFSET on host 0, every 5 s', () => {
    const copies = run.atStep(0).hosts[0]?.localStores
    expect(copies).toEqual([
      expect.objectContaining({ job: JOB, task: 'Partition 0', writtenAt: 20_000 }),
    ])
    const changelog = partitionOf(run.atStep(0), 'page-counter-changelog', 0)
    expect(copies?.[0]?.offset).toBe((changelog?.logEndOffset ?? 0) - 1)
  })

  test('the restart at 25.5 s is on host 0, reopens OFFSET 23 and replays none of 12 records', () => {
    const inPlace = restoring().find((e) => e.time === 25_500)
    expect(inPlace).toMatchObject({
      host: 0,
      reopened: [{ task: 'Partition 0', offset: 23 }],
      records: 0,
      wholeChangelog: 12,
      until: 25_500,
    })
    // A restore from scratch of 12 records at 4 a second takes 3 s.
    expect((12 * 1000) / (run.scenario.jobs[0]?.restoreRate ?? 0)).toBe(3_000)
    expect(jobOf(run.atStep(1), JOB)?.containers.map((c) => c.host)).toEqual([0])
  })

  test('the move at 45.5 s is to host 1 with nothing to reopen: 18 records, 4.5 s', () => {
    const moved = restoring().find((e) => e.time === 45_500)
    expect(moved).toMatchObject({ host: 1, reopened: [], records: 18, until: 50_000 })
    expect(moved?.wholeChangelog).toBe(18)
    expect(run.atStep(2).hosts[0]).toEqual({ host: 0, up: false })
    expect(jobOf(run.atStep(2), JOB)?.containers[0]?.status).toBe('restoring')
  })

  test('at the end the store counts each page view once', () => {
    const world = run.atStep(3)
    const views = recordsOf(world, 'page-views', 0)
    const store = jobOf(world, JOB)?.tasks[0]?.store ?? []
    for (const [key, count] of store)
      expect(Number(count)).toBe(views.filter((r) => r.key === key).length)
    expect(store).toHaveLength(6)
  })
})
