import { describe, expect, test } from 'vitest'
import { jobOf, partitionOf, recordsOf } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const compactionIsPhysical = builtinLessonById('compaction-is-physical')

describe('lesson 5, compaction is a physical optimization: what the narration says holds', () => {
  const run = runLesson(compactionIsPhysical)
  const store = (t: number, app: string) =>
    jobOf(run.at(t), app)?.tasks.flatMap((task) => task.store)

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(compactionIsPhysical, {
      1: 'Only page-counter_compacted',
      2: 'The same count for every page',
    })
  })

  test('by 24 s both changelogs got 20 changes; the compacted one keeps 5, the full one 20', () => {
    const world = run.atStep(1)
    for (const changelog of ['page-counter-changelog', 'page-counter-full-changelog'])
      expect(partitionOf(world, changelog)?.logEndOffset).toBe(20)
    expect(recordsOf(world, 'page-counter-changelog')).toHaveLength(5)
    expect(recordsOf(world, 'page-counter-full-changelog')).toHaveLength(20)
  })

  test('the compacted restore reads 5 records and ends at 28.25 s, the full one 20 at 32 s', () => {
    const restored = run.events('job.restored').filter((e) => e.time > 0)
    expect(restored.map((e) => [e.time, e.job, e.records, e.keys])).toEqual([
      [28_250, 'page-counter_compacted', 5, 3],
      [32_000, 'page-counter_full', 20, 3],
    ])
  })

  test('both restored stores equal the true counts of the input, as before the stop', () => {
    const views = recordsOf(run.at(35_000), 'page-views')
    const truth = ['page-0', 'page-1', 'page-2'].map(
      (page) => [page, String(views.filter((r) => r.key === page).length)] as const,
    )
    expect(truth).toEqual([
      ['page-0', '7'],
      ['page-1', '7'],
      ['page-2', '6'],
    ])
    for (const app of ['page-counter_compacted', 'page-counter_full']) {
      expect(store(24_000, app)).toEqual(truth)
      expect(store(35_000, app)).toEqual(truth)
    }
  })
})
