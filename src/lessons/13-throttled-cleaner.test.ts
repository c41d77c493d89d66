import { describe, expect, test } from 'vitest'
import { partitionOf, recordsOf, storeValue } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const lesson = builtinLessonById('throttled-cleaner')

describe('lesson 13, a cleaner that takes time: what the narration says holds', () => {
  const run = runLesson(lesson)
  const TOPIC = 'user-profiles'
  const JOB = 'profile-cache_1'
  const ADA = 1
  const TOMBSTONE = 25
  const deleteRetentionMs = 20_000
  const passes = run.events('cleaner.pass')
  const started = run.events('cleaner.passStarted')
  const positionAt = (t: number): number | null | undefined =>
    run.at(t).jobs.find((j) => j.job === JOB)?.tasks[0]?.inputs[0]?.position
  /** The first whole second at which the job's next offset is `offset` or beyond: it got that far. */
  const jobReached = (offset: number): number | undefined => {
    for (let t = 0; t <= run.scenario.durationMs; t += 1_000)
      if ((positionAt(t) ?? 0) >= offset) return t
    return undefined
  }

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(lesson, {
      0: 'Yes: the log changes only when the pass ends',
      2: 'No: its horizon had passed when that pass began',
      3: 'Ada: it never reads the delete',
    })
  })

  test('user-ada is Ada at offset 1 and deleted by a tombstone at offset 25 written at 46 s', () => {
    const records = recordsOf(run.atStep(0), TOPIC).filter((r) => r.key === 'user-ada')
    expect(records.map((r) => [r.offset, r.value, r.timestamp])).toEqual([
      [ADA, 'Ada', 1_000],
      [TOMBSTONE, null, 46_000],
    ])
    expect(run.scenario.topics[0]?.config['delete.retention.ms']).toBe(deleteRetentionMs)
  })

  test('the job reads Ada at 4 s and handles one record every 4 s while one arrives every 2 s', () => {
    expect(storeValue(run.at(3_999), JOB, 'user-ada')).toBeUndefined()
    expect(storeValue(run.at(4_000), JOB, 'user-ada')).toBe('Ada')
    expect(run.scenario.jobs[0]?.processingRate).toBe(0.25)
    expect(run.scenario.producers[0]?.recordsPerSecond).toBe(0.5)
  })

  test('the first pass covers offsets 0 to 26, reads and writes 80 bytes at 8 a second: 53 s to 63 s', () => {
    expect(started[0]).toMatchObject({
      time: 53_000,
      firstDirtyOffset: 0,
      firstUncleanableOffset: 27,
      ioBytes: 27 + 27 + 26,
      endsAt: 63_000,
    })
    expect(run.scenario.broker['log.cleaner.io.max.bytes.per.second']).toBe(8)
  })

  test('during the pass the log grows and still holds Ada; the stage marks the pass', () => {
    const during = partitionOf(run.atStep(1), TOPIC)
    expect(during?.cleaning).toMatchObject({ startedAt: 53_000, endsAt: 63_000 })
    expect(recordsOf(run.atStep(1), TOPIC).some((r) => r.offset === ADA)).toBe(true)
    const endAtStart = partitionOf(run.at(53_000), TOPIC)?.logEndOffset ?? 0
    expect(during?.logEndOffset).toBeGreaterThan(endAtStart)
  })

  test('at 63 s Ada is gone and the tombstone carries a horizon from the pass’s start: 73 s', () => {
    expect(passes[0]).toMatchObject({ time: 63_000, startedAt: 53_000, recordsRemoved: 1 })
    const records = recordsOf(run.atStep(2), TOPIC)
    expect(records.some((r) => r.offset === ADA)).toBe(false)
    const tombstone = records.find((r) => r.offset === TOMBSTONE)
    expect(tombstone?.deleteHorizonMs).toBe(53_000 + deleteRetentionMs)
    expect(run.events('tombstone.stamped')).toEqual([
      expect.objectContaining({ time: 63_000, offset: TOMBSTONE, deleteHorizonMs: 73_000 }),
    ])
  })

  test('the pass that begins at 74 s, after the horizon, drops the tombstone at its end, 84.9 s', () => {
    expect(started[1]?.time).toBe(74_000)
    expect(run.events('tombstone.dropped')).toEqual([
      expect.objectContaining({ time: 84_875, offset: TOMBSTONE, key: 'user-ada' }),
    ])
    expect(recordsOf(run.atStep(3), TOPIC).some((r) => r.key === 'user-ada')).toBe(false)
  })

  test('the job is at offset 22 at 85 s and gets to offset 25 about 50 s after the tombstone, at 96 s', () => {
    expect(positionAt(lesson.steps[3]?.at ?? 0)).toBe(22)
    const reachedAt = jobReached(TOMBSTONE) ?? 0
    expect(reachedAt).toBeGreaterThan(84_875)
    expect(reachedAt - 46_000).toBeGreaterThan(deleteRetentionMs)
    expect(reachedAt).toBe(96_000)
  })

  test('the store keeps the deleted user to the end', () => {
    expect(storeValue(run.atStep(4), JOB, 'user-ada')).toBe('Ada')
    expect(storeValue(run.at(run.scenario.durationMs), JOB, 'user-ada')).toBe('Ada')
  })
})
