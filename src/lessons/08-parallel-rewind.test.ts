import { describe, expect, test } from 'vitest'
import { hasTopic, jobLag, jobOf, latestValueOf, recordsOf, storeValue } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const parallelRewind = builtinLessonById('parallel-rewind')

describe('lesson 8, parallel rewind: what the narration says holds', () => {
  const run = runLesson(parallelRewind)
  const LIVE = 'page-counter_1'

  /** page-0's counts written to page-counts between two times, in log order. */
  const page0Writes = (from: number, to: number): number[] =>
    recordsOf(run.at(run.scenario.durationMs), 'page-counts')
      .filter((r) => r.key === 'page-0' && r.timestamp >= from && r.timestamp < to)
      .map((r) => Number(r.value))
  const decreases = (values: number[]): boolean =>
    values.some((v, i) => i > 0 && v < values[i - 1]!)

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(parallelRewind, {
      0: 'Yes, within seconds',
      1: 'page-counts-v2 is 1 higher',
      2: 'An older, smaller count',
      3: 'The live count',
      4: 'Only its output, page-counts',
    })
  })

  test('page-counter_2 catches up at 14.7 s; its lag then equals the live job’s', () => {
    expect(run.events('job.caughtUp').map((e) => [e.job, e.time])).toContainEqual([
      'page-counter_2',
      14_676,
    ])
    expect(jobLag(run.at(12_000), 'page-counter_2')).toBeGreaterThan(0)
    for (const t of [20_000, 24_000, 40_000])
      expect(jobLag(run.at(t), 'page-counter_2')).toBe(jobLag(run.at(t), LIVE))
  })

  test('the live job skipped only the first view and its output stays fresh throughout', () => {
    expect(run.events('job.positioned').find((e) => e.job === LIVE)).toMatchObject({
      offset: 1,
      cause: 'samza.offset.default',
    })
    for (const step of [0, 1, 2, 3, 4])
      expect(jobOf(run.atStep(step), LIVE)?.tasks[0]?.latencyMs).toBeLessThanOrEqual(1_000)
  })

  test('A/B at 24 s: page-counts-v2 counts page-0 one higher, the other pages the same', () => {
    const world = run.atStep(2)
    expect(latestValueOf(world, 'page-counts', 'page-0')).toBe('8')
    expect(latestValueOf(world, 'page-counts-v2', 'page-0')).toBe('9')
    for (const page of ['page-1', 'page-2'])
      expect(latestValueOf(world, 'page-counts-v2', page)).toBe(
        latestValueOf(world, 'page-counts', page),
      )
  })

  test('unguarded, page-counts goes back to older counts while page-counter_shared catches up', () => {
    const world = run.atStep(3)
    expect(latestValueOf(world, 'page-counts', 'page-0')).toBe('6')
    expect(storeValue(world, LIVE, 'page-0')).toBe('9')
    expect(decreases(page0Writes(25_000, 35_000))).toBe(true)
  })

  test('guarded, stale writes are skipped and page-counts never goes back while it catches up', () => {
    const caughtUp = run
      .events('job.caughtUp')
      .find((e) => e.job === 'page-counter_shared' && e.time > 36_000)
    expect(caughtUp?.time).toBe(44_800)
    expect(decreases(page0Writes(36_000, caughtUp?.time ?? 0))).toBe(false)
    expect(jobOf(run.atStep(4), 'page-counter_shared')?.tasks[0]?.staleWritesSkipped).toBe(21)
    expect(latestValueOf(run.atStep(4), 'page-counts', 'page-0')).toBe('13')
    expect(storeValue(run.atStep(4), LIVE, 'page-0')).toBe('13')
    const skips = run.events('job.staleWritesSkipped')
    expect(skips.length).toBeGreaterThan(0)
    expect(skips.every((e) => e.time >= 36_000)).toBe(true)
  })

  test('decommissioning deletes the old checkpoint topic and changelog; the output stays', () => {
    const deleted = run.events('topic.deleted').filter((e) => e.time === 50_000)
    expect(deleted.map((e) => e.topic)).toEqual([
      '__samza_checkpoint_ver_1_for_page-counter_1',
      'page-counter-changelog',
    ])
    const world = run.atStep(5)
    expect(hasTopic(world, '__samza_checkpoint_ver_1_for_page-counter_1')).toBe(false)
    expect(hasTopic(world, 'page-counter-changelog')).toBe(false)
    expect(hasTopic(world, 'page-counts')).toBe(true)
    expect(jobOf(world, LIVE)?.status).toBe('decommissioned')
  })

  test('at the live edge the two writers of page-counts disagree on page-0 by the skipped view', () => {
    expect(page0Writes(45_000, 45_001)).toEqual([16, 15])
  })
})
