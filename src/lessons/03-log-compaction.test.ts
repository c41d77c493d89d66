import { describe, expect, test } from 'vitest'
import { latestValueOf, partitionOf, recordsOf } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const logCompaction = builtinLessonById('log-compaction')

describe('lesson 3, log compaction: what the narration says holds', () => {
  const run = runLesson(logCompaction)
  const offsets = (t: number): number[] =>
    recordsOf(run.at(t), 'user-profiles').map((r) => r.offset)

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(logCompaction, {
      0: 'Only the latest: offset 6',
      1: 'No: the dirty ratio 4 / (4 + 4) = 0.5 is not above 0.5',
      2: 'They are recopied into one segment',
    })
  })

  test('the pass at 10 s leaves gaps at 1, 2, 3 and 5, spares the active segment, keeps the start', () => {
    expect(offsets(9_000)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8])
    expect(offsets(10_000)).toEqual([0, 4, 6, 7, 8])
    expect(partitionOf(run.at(10_000), 'user-profiles')).toMatchObject({
      cleanerCheckpoint: 8,
      logStartOffset: 0,
    })
  })

  test('at 15 s the cleaner stays idle on a ratio of exactly 0.5', () => {
    expect(run.events('cleaner.pass').map((e) => e.time)).toEqual([10_000, 20_000])
    expect(run.events('cleaner.idle').map((e) => e.time)).toEqual([15_000])
    expect(offsets(15_000)).toEqual([0, 4, 6, 7, 8, 9, 10, 11, 12])
  })

  test('the pass at 20 s merges the first two segments; offset 0 goes, the log start stays 0', () => {
    expect(run.events('cleaner.pass')[1]?.dirtyRatio).toBeCloseTo(8 / 12)
    const log = partitionOf(run.at(20_000), 'user-profiles')
    expect(log?.logStartOffset).toBe(0)
    expect(log?.segments.map((s) => [s.baseOffset, s.records.map((r) => r.offset)])).toEqual([
      [0, [6, 7]],
      [8, [11]],
      [12, [12, 13, 14, 15]],
      [16, [16]],
    ])
    expect(recordsOf(run.at(20_000), 'user-profiles')[5]).toMatchObject({
      offset: 14,
      key: 'user-6',
      value: 'Radia',
    })
  })

  test('after the passes the log still holds every key’s latest value: the whole table', () => {
    const latest = new Map<string, string | null>()
    for (const action of logCompaction.scenario.actions)
      if (action.type === 'produce')
        for (const r of action.records) latest.set(r.key ?? '', r.value)
    const world = run.at(run.scenario.durationMs)
    for (const [key, value] of latest)
      expect(latestValueOf(world, 'user-profiles', key)).toBe(value)
  })
})
