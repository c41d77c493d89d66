import { describe, expect, test } from 'vitest'
import { partitionOf, recordsOf } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const timeRetention = builtinLessonById('time-retention')

describe('lesson 2, time-based retention: what the narration says holds', () => {
  const run = runLesson(timeRetention)

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(timeRetention, {
      1: 'Yes: its segment is kept while the segment’s newest record is young enough',
      2: '6: the whole first segment is gone',
      3: 'From the log start offset: the views in between are lost to it',
      4: 'At the log end offset: only new views from now on',
    })
  })

  test('at 5 s both consumers have read offsets 0 to 2', () => {
    for (const c of run.atStep(0).consumers) expect(c).toMatchObject({ position: 3, received: 3 })
  })

  test('offset 0 is older than retention.ms at 25 s and still there at 30 s', () => {
    const world = run.atStep(1)
    expect(recordsOf(world, 'page-views')[0]).toMatchObject({ offset: 0, timestamp: 0 })
    const later = partitionOf(run.atStep(2), 'page-views')
    expect(later?.logStartOffset).toBe(0)
    const first = later?.segments[0]
    expect(first?.baseOffset).toBe(0)
    expect(Math.max(...(first?.records.map((r) => r.timestamp) ?? []))).toBe(10_000)
  })

  test('retention deletes whole segments at 35 s and 45 s, moving the log start to 6 then 12', () => {
    const deleted = run.events('segment.deleted').filter((e) => e.time <= 45_000)
    expect(deleted.map((e) => [e.time, e.baseOffset, e.endOffset, e.recordCount])).toEqual([
      [35_000, 0, 6, 6],
      [45_000, 6, 12, 6],
    ])
    expect(partitionOf(run.atStep(3), 'page-views')?.logStartOffset).toBe(6)
    expect(partitionOf(run.atStep(4), 'page-views')?.logStartOffset).toBe(12)
  })

  test('audit jumps to 12 and reads 12 to 16; dashboard jumps to the end, 26', () => {
    const resets = run.events('consumer.offsetOutOfRange')
    expect(resets.map((e) => [e.time, e.consumer, e.position, e.reset, e.newPosition])).toEqual([
      [45_000, 'audit', 3, 'earliest', 12],
      [50_000, 'dashboard', 3, 'latest', 26],
    ])
    const audit = run.atStep(4).consumers.find((c) => c.name === 'audit')
    expect(audit).toMatchObject({ position: 17, received: 8 })
  })
})
