import { describe, expect, test } from 'vitest'
import { jobOf, partitionOf } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const lesson = builtinLessonById('rewinding-into-the-archive')

describe('lesson 11, rewinding into the archive: what the text says holds', () => {
  const run = runLesson(lesson)
  const counted = (t: number, app: string): number =>
    (jobOf(run.at(t), app)?.tasks[0]?.store ?? []).reduce((sum, [, n]) => sum + Number(n), 0)

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(lesson, {
      0: '5 and 0: the tiered segment left the disk, not the topic',
      1: 'Below the local log start: the broker serves offsets 0–9 from the archive',
      2: 'view-counter_tiered all 31; view-counter_disk 10 fewer',
    })
  })

  test('retention takes offsets 0–4 from both disks at 16 s; only the tiered topic keeps them', () => {
    const deleted = run.events('segment.deleted').filter((e) => e.baseOffset === 0)
    expect(deleted.map((e) => [e.topic, e.time, e.endOffset, e.archived === true])).toEqual([
      ['page-views', 16_000, 5, false],
      ['page-views-tiered', 16_000, 5, true],
    ])
    const tiered = partitionOf(run.atStep(1), 'page-views-tiered')
    expect(tiered?.logStartOffset).toBe(0)
    expect(tiered?.localLogStartOffset).toBe(5)
    expect(tiered?.archive?.[0]).toMatchObject({ baseOffset: 0, endOffset: 5 })
  })

  test('the rewinds to offset 0: the untiered one is reset to 10, the tiered one reads the archive', () => {
    expect(
      run.events('job.offsetOutOfRange').map((e) => [e.time, e.job, e.reset, e.newPosition]),
    ).toEqual([[21_000, 'view-counter_disk', 'earliest', 10]])
    expect(partitionOf(run.atStep(2), 'page-views-tiered')?.localLogStartOffset).toBe(10)
    // A job's fetches are not events; its position below the local log start is the archive read.
    const position = jobOf(run.atStep(2), 'view-counter_tiered')?.tasks[0]?.inputs[0]?.position
    expect(position).toBeLessThan(10)
  })

  test('at 30 s, of 31 views, the tiered job counted 31 and the other 21; no archived view expires', () => {
    expect(partitionOf(run.atStep(3), 'page-views')?.logEndOffset).toBe(31)
    expect(partitionOf(run.atStep(3), 'page-views-tiered')?.logEndOffset).toBe(31)
    expect(counted(30_000, 'view-counter_tiered')).toBe(31)
    expect(counted(30_000, 'view-counter_disk')).toBe(21)
    expect(run.events('archive.segmentDeleted')).toEqual([])
  })
})
