import { describe, expect, test } from 'vitest'
import { partitionOf, recordsOf } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const theLog = builtinLessonById('the-log')

describe('lesson 1, the log: what the narration says holds', () => {
  const run = runLesson(theLog)

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(theLog, {
      0: 'Both to partition 0',
      1: 'A new active segment starts at offset 3 and the record goes there',
      3: '2: nothing rolls without a new record',
      4: 'A new segment at base offset 5',
    })
  })

  test('the first view, user-0, is offset 0 of partition 1', () => {
    expect(recordsOf(run.atStep(0), 'page-views', 1)).toMatchObject([{ offset: 0, key: 'user-0' }])
  })

  test('at 5 s both partitions hold offsets 0, 1, 2, and user-1 is at 0 and 2 of partition 0', () => {
    const world = run.atStep(1)
    for (const p of [0, 1])
      expect(recordsOf(world, 'page-views', p).map((r) => r.offset)).toEqual([0, 1, 2])
    const user1 = recordsOf(world, 'page-views', 0).filter((r) => r.key === 'user-1')
    expect(user1.map((r) => r.offset)).toEqual([0, 2])
  })

  test('the size roll at 6 s closes segment 0 and opens an active one at offset 3', () => {
    const rolls = run.events('segment.rolled').filter((e) => e.partition === 0)
    expect(rolls[0]).toMatchObject({ time: 6_000, baseOffset: 3, reason: 'segment.bytes' })
    const segments = partitionOf(run.atStep(2), 'page-views', 0)?.segments ?? []
    expect(segments.map((s) => [s.baseOffset, s.active])).toEqual([
      [0, false],
      [3, true],
    ])
  })

  test('from 10 s to 30 s nothing rolls; the /checkout record at 30 s rolls on time, offset 5', () => {
    const rolls = run.events('segment.rolled').filter((e) => e.time > 6_000)
    expect(rolls.filter((e) => e.time < 30_000)).toEqual([
      expect.objectContaining({ time: 7_000, partition: 1 }),
    ])
    expect(rolls.at(-1)).toMatchObject({
      time: 30_000,
      partition: 0,
      baseOffset: 5,
      reason: 'segment.ms',
    })
    expect(partitionOf(run.atStep(5), 'page-views', 0)?.segments.at(-1)).toMatchObject({
      baseOffset: 5,
      active: true,
      records: [{ offset: 5, key: 'user-1', value: '/checkout' }],
    })
    expect(partitionOf(run.atStep(5), 'page-views', 1)?.logEndOffset).toBe(5)
  })
})
