import { describe, expect, test } from 'vitest'
import { latestValueOf, recordsOf } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const tombstones = builtinLessonById('tombstones')

describe('lesson 4, tombstones: what the narration says holds', () => {
  const run = runLesson(tombstones)
  const tombstoneAt = (t: number) =>
    recordsOf(run.at(t), 'user-profiles').find((r) => r.offset === 2)
  const consumer = (t: number, name: string) => run.at(t).consumers.find((c) => c.name === name)

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(tombstones, {
      0: 'Only the tombstone',
      1: 'Yes: it reads the tombstone',
      2: 'No: there is nothing dirty, so no pass runs to drop it',
      3: 'Still Ada: the tombstone is gone before it reads',
    })
  })

  test('offset 2 is user-1’s tombstone; slow-cache has read only offset 0 (Ada) at 4.5 s', () => {
    expect(tombstoneAt(4_500)).toMatchObject({ key: 'user-1', value: null })
    expect(recordsOf(run.at(4_500), 'user-profiles')[0]).toMatchObject({
      key: 'user-1',
      value: 'Ada',
    })
    expect(consumer(4_500, 'slow-cache')).toMatchObject({ position: 1, received: 1 })
  })

  test('the pass at 5 s stamps the horizon 5 s + delete.retention.ms = 15 s', () => {
    expect(run.events('tombstone.stamped')).toEqual([
      expect.objectContaining({ time: 5_000, offset: 2, deleteHorizonMs: 15_000 }),
    ])
    expect(tombstoneAt(5_000)?.deleteHorizonMs).toBe(15_000)
  })

  test('fast-cache reads past the tombstone at 6 s while it is still there', () => {
    expect(tombstoneAt(6_000)).toBeDefined()
    expect(consumer(6_000, 'fast-cache')?.position).toBeGreaterThan(2)
  })

  test('the pass at 10 s cleans but keeps the tombstone; at 20 s the cleaner idles, it stays', () => {
    expect(run.events('cleaner.pass').map((e) => [e.time, e.tombstonesDropped])).toEqual([
      [5_000, 0],
      [10_000, 0],
      [25_000, 1],
    ])
    expect(run.events('cleaner.idle').map((e) => e.time)).toEqual([20_000])
    expect(tombstoneAt(20_000)).toBeDefined()
  })

  test('the pass at 25 s drops it; slow-cache then reads past offset 2 without ever seeing it', () => {
    expect(run.events('tombstone.dropped')).toEqual([
      expect.objectContaining({ time: 25_000, offset: 2, key: 'user-1' }),
    ])
    expect(tombstoneAt(25_000)).toBeUndefined()
    expect(consumer(25_000, 'slow-cache')?.position).toBe(1)
    expect(consumer(26_000, 'slow-cache')?.position).toBeGreaterThan(2)
    expect(latestValueOf(run.at(26_000), 'user-profiles', 'user-1')).toBeUndefined()
  })
})
