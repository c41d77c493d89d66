import { describe, expect, test } from 'vitest'
import { jobOf, latestValueOf, partitionOf, recordsOf } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const rewindingTooFar = builtinLessonById('rewinding-too-far')

describe('lesson 9, rewinding too far: what the narration says holds', () => {
  const run = runLesson(rewindingTooFar)
  const counted = (t: number, app: string): number =>
    (jobOf(run.at(t), app)?.tasks[0]?.store ?? []).reduce((sum, [, n]) => sum + Number(n), 0)

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(rewindingTooFar, {
      0: 'It starts at the log start offset; the views before it are never counted',
      1: 'Only views after its restart: it skipped to the log end',
      2: 'Yes: the compacted topic keeps every key’s latest value',
    })
  })

  test('the rewinds to offset 0 hit OFFSET_OUT_OF_RANGE: earliest goes to 10, latest to 25', () => {
    expect(
      run
        .events('job.offsetOutOfRange')
        .map((e) => [e.time, e.job, e.reset, e.newPosition, e.skipped]),
    ).toEqual([
      [21_000, 'view-counter_oldest', 'earliest', 10, 10],
      [24_000, 'view-counter_upcoming', 'latest', 25, 25],
    ])
    expect(partitionOf(run.at(21_000), 'page-views')?.logStartOffset).toBe(10)
    expect(run.events('segment.deleted')[0]).toMatchObject({ topic: 'page-views', time: 16_000 })
  })

  test('records before the log start offset are never processed: 13 views counted of 23', () => {
    expect(partitionOf(run.atStep(1), 'page-views')?.logEndOffset).toBe(23)
    expect(counted(22_000, 'view-counter_oldest')).toBe(13)
    // From then on every new view is counted once, and none of offsets 0 to 9 ever.
    const end = partitionOf(run.at(run.scenario.durationMs), 'page-views')?.logEndOffset ?? 0
    expect(counted(run.scenario.durationMs, 'view-counter_oldest')).toBe(end - 10)
  })

  test('view-counter_upcoming counts only the view after its restart at 25 s', () => {
    expect(jobOf(run.atStep(2), 'view-counter_upcoming')?.tasks[0]?.store).toEqual([
      ['page-1', '1'],
    ])
    const end = partitionOf(run.at(run.scenario.durationMs), 'page-views')?.logEndOffset ?? 0
    expect(counted(run.scenario.durationMs, 'view-counter_upcoming')).toBe(end - 25)
  })

  test('the compacted input still starts at 0 and the rebuilt cache holds the whole table', () => {
    const world = run.atStep(3)
    expect(partitionOf(world, 'user-profiles')?.logStartOffset).toBe(0)
    expect(recordsOf(world, 'user-profiles').length).toBeLessThan(7)
    const restored = run
      .events('job.restored')
      .find((e) => e.job === 'profile-cache_1' && e.time >= 27_000)
    expect(restored?.records).toBe(0)
    const cache = jobOf(world, 'profile-cache_1')?.tasks[0]?.store ?? []
    expect(cache.map(([key]) => key)).toEqual(['user-1', 'user-2', 'user-3', 'user-4'])
    for (const [key, value] of cache) expect(latestValueOf(world, 'user-profiles', key)).toBe(value)
  })
})
