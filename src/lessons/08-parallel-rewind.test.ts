import { describe, expect, test } from 'vitest'
import { hasTopic, jobLag, jobOf, latestValueOf, recordsOf, storeValue } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const parallelRewind = builtinLessonById('parallel-rewind')

describe('lesson 8, parallel rewind: what the narration says holds', () => {
  /** Branch A: page-counter_2 rewinds into its own output, page-counts-v2. */
  const run = runLesson(parallelRewind, 'a')
  /** Branch B: page-counter_shared rewinds into the live output, page-counts. */
  const runB = runLesson(parallelRewind, 'b')
  const LIVE = 'page-counter_1'

  /** page-0's counts written to page-counts between two times, in log order, in one branch. */
  const page0Writes = (from: number, to: number, branch = runB): number[] =>
    recordsOf(branch.at(branch.scenario.durationMs), 'page-counts')
      .filter((r) => r.key === 'page-0' && r.timestamp >= from && r.timestamp < to)
      .map((r) => Number(r.value))
  const decreases = (values: number[]): boolean =>
    values.some((v, i) => i > 0 && v < values[i - 1]!)

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(parallelRewind, {
      0: 'At 10 s, when A starts its job',
      1: 'Yes, within seconds',
      2: 'page-counts-v2 is 1 higher',
      3: 'An older, smaller count',
      4: 'The live count',
      5: 'Only its output, page-counts',
    })
  })

  test('the branches part at 9 s and are one run until A starts page-counter_2 at 10 s', () => {
    expect(parallelRewind.branched?.branches.forkAtMs).toBe(9_000)
    expect(parallelRewind.steps[0]?.at).toBe(9_000)
    expect(run.at(9_999)).toEqual(runB.at(9_999))
    expect(run.events('job.started').map((e) => [e.job, e.time])).toContainEqual([
      'page-counter_2',
      10_000,
    ])
    expect(runB.events('job.started').map((e) => e.job)).not.toContain('page-counter_2')
    expect(run.events('job.started').map((e) => e.job)).not.toContain('page-counter_shared')
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
    for (const branch of [run, runB]) {
      expect(branch.events('job.positioned').find((e) => e.job === LIVE)).toMatchObject({
        offset: 1,
        cause: 'samza.offset.default',
      })
      for (const step of [0, 1, 2, 3, 4, 5])
        expect(jobOf(branch.atStep(step), LIVE)?.tasks[0]?.latencyMs).toBeLessThanOrEqual(1_000)
    }
  })

  test('A/B at 24 s: page-counts-v2 counts page-0 one higher, the other pages the same', () => {
    const world = run.atStep(3)
    expect(latestValueOf(world, 'page-counts', 'page-0')).toBe('8')
    expect(latestValueOf(world, 'page-counts-v2', 'page-0')).toBe('9')
    for (const page of ['page-1', 'page-2'])
      expect(latestValueOf(world, 'page-counts-v2', page)).toBe(
        latestValueOf(world, 'page-counts', page),
      )
  })

  test('unguarded, B’s page-counts goes back to older counts while page-counter_shared catches up', () => {
    const world = runB.atStep(4)
    expect(latestValueOf(world, 'page-counts', 'page-0')).toBe('6')
    expect(storeValue(world, LIVE, 'page-0')).toBe('9')
    expect(decreases(page0Writes(25_000, 35_000))).toBe(true)
    expect(
      runB.events('job.caughtUp').find((e) => e.job === 'page-counter_shared')?.time,
    ).toBeCloseTo(31_200, -2)
  })

  test('in A, page-counts is written by the live job alone and never goes back', () => {
    expect(decreases(page0Writes(0, 50_000, run))).toBe(false)
    expect(latestValueOf(run.atStep(4), 'page-counts', 'page-0')).toBe(
      storeValue(run.atStep(4), LIVE, 'page-0'),
    )
  })

  test('guarded, stale writes are skipped and page-counts never goes back while it catches up', () => {
    const caughtUp = runB
      .events('job.caughtUp')
      .find((e) => e.job === 'page-counter_shared' && e.time > 36_000)
    expect(caughtUp?.time).toBe(44_800)
    expect(decreases(page0Writes(36_000, caughtUp?.time ?? 0))).toBe(false)
    expect(jobOf(runB.atStep(5), 'page-counter_shared')?.tasks[0]?.staleWritesSkipped).toBe(21)
    expect(latestValueOf(runB.atStep(5), 'page-counts', 'page-0')).toBe('13')
    expect(storeValue(runB.atStep(5), LIVE, 'page-0')).toBe('13')
    const skips = runB.events('job.staleWritesSkipped')
    expect(skips.length).toBeGreaterThan(0)
    expect(skips.every((e) => e.time >= 36_000)).toBe(true)
  })

  test('decommissioning deletes the old checkpoint topic and changelog; the output stays', () => {
    for (const branch of [run, runB]) {
      const deleted = branch.events('topic.deleted').filter((e) => e.time === 50_000)
      expect(deleted.map((e) => e.topic)).toEqual([
        '__samza_checkpoint_ver_1_for_page-counter_1',
        'page-counter-changelog',
      ])
      const world = branch.atStep(6)
      expect(hasTopic(world, '__samza_checkpoint_ver_1_for_page-counter_1')).toBe(false)
      expect(hasTopic(world, 'page-counter-changelog')).toBe(false)
      expect(hasTopic(world, 'page-counts')).toBe(true)
      expect(jobOf(world, LIVE)?.status).toBe('decommissioned')
    }
  })

  test('at the live edge B’s two writers of page-counts disagree on page-0 by the skipped view', () => {
    expect(page0Writes(45_000, 45_001)).toEqual([16, 15])
  })

  test('after 50 s one job writes the readers’ topic: page-counter_2 in A, page-counter_shared in B', () => {
    const end = parallelRewind.scenario.durationMs
    expect(page0Writes(50_001, end + 1, run)).toEqual([])
    expect(recordsOf(run.at(end), 'page-counts-v2').some((r) => r.timestamp > 50_000)).toBe(true)
    const bAfter = page0Writes(50_001, end + 1)
    expect(bAfter.length).toBeGreaterThan(0)
    expect(jobOf(runB.at(end), 'page-counter_shared')?.status).toBe('running')
  })
})
