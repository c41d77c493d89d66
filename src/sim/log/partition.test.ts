import { createRng } from '../random'
import { describe, expect, it } from 'vitest'
import { appendBatchInPlace, clonePartitionLog, rollInPlace } from './partition'
import { segmentRecords } from './segment'
import { segmentOffsets, testLog, topicConfig } from './testLog'
import type { PartitionLog } from './partition'

describe('segment rolling', () => {
  it('rolls on size before the batch that would make the active segment exceed segment.bytes', () => {
    const t = testLog({ 'segment.bytes': 3 })
    for (let i = 0; i < 7; i++) t.append(`k${i}`, 'v', i)
    expect(segmentOffsets(t.log)).toEqual([[0, 1, 2], [3, 4, 5], [6]])
    expect(t.log.segments.map((s) => s.baseOffset)).toEqual([0, 3, 6])
  })

  it('counts the incoming batch: a two-record batch does not fit beside two records of three', () => {
    const t = testLog({ 'segment.bytes': 3 })
    t.append('a', 'v', 0)
    t.append('b', 'v', 0)
    const result = appendBatchInPlace(
      t.log,
      [
        { key: 'c', value: 'v', timestamp: 0 },
        { key: 'd', value: 'v', timestamp: 0 },
      ],
      { config: t.config, sizeModel: 'records', now: 0, jitterRng: createRng(0) },
    )
    expect(result.ok && result.rolled).toBe('segment.bytes')
    expect(segmentOffsets(t.log)).toEqual([
      [0, 1],
      [2, 3],
    ])
  })

  it('rejects a batch larger than segment.bytes and leaves the log end offset alone', () => {
    const t = testLog({ 'segment.bytes': 1 })
    const result = appendBatchInPlace(
      t.log,
      [
        { key: 'a', value: 'v', timestamp: 0 },
        { key: 'b', value: 'v', timestamp: 0 },
      ],
      { config: t.config, sizeModel: 'records', now: 0, jitterRng: createRng(0) },
    )
    expect(result.ok).toBe(false)
    expect(t.log.logEndOffset).toBe(0)
  })

  it('rolls on time only when a record is strictly more than segment.ms newer than the first', () => {
    const t = testLog({ 'segment.ms': 100 })
    t.append('a', 'v', 0)
    t.append('b', 'v', 100) // exactly segment.ms: no roll
    t.append('c', 'v', 101) // strictly more: roll before it
    expect(segmentOffsets(t.log)).toEqual([[0, 1], [2]])
  })

  it('rolls on record timestamps, not the clock: an old timestamp never rolls', () => {
    const t = testLog({ 'segment.ms': 100 })
    t.append('a', 'v', 0, 1000)
    t.append('b', 'v', 5000, 900)
    expect(segmentOffsets(t.log)).toEqual([[0, 1]])
  })

  it('never rolls an empty segment on time, however long it waited', () => {
    const t = testLog({ 'segment.ms': 100 })
    t.append('a', 'v', 1_000_000)
    expect(segmentOffsets(t.log)).toEqual([[0]])
  })

  it('uses min(segment.ms, max.compaction.lag.ms) for a compacted topic', () => {
    const t = testLog({
      'cleanup.policy': 'compact',
      'segment.ms': 1000,
      'max.compaction.lag.ms': 50,
    })
    t.append('a', 'v', 0)
    t.append('b', 'v', 51)
    expect(segmentOffsets(t.log)).toEqual([[0], [1]])
  })

  it('rejects a whole batch with any null key on a compacted topic (INVALID_RECORD)', () => {
    const t = testLog({ 'cleanup.policy': 'compact' })
    const result = appendBatchInPlace(
      t.log,
      [
        { key: 'a', value: 'v', timestamp: 0 },
        { key: null, value: 'v', timestamp: 0 },
      ],
      { config: t.config, sizeModel: 'records', now: 0, jitterRng: createRng(0) },
    )
    expect(result).toMatchObject({ ok: false, error: 'INVALID_RECORD' })
    expect(t.log.logEndOffset).toBe(0)
  })

  it('an explicit roll starts a new segment at the log end offset; rolling an empty one replaces it', () => {
    const t = testLog()
    t.append('a', 'v', 0)
    rollInPlace(t.log, 10)
    rollInPlace(t.log, 20)
    expect(t.log.segments.map((s) => s.baseOffset)).toEqual([0, 1])
    expect(t.log.segments[1]?.lastModified).toBe(20)
  })
})

describe('copy-on-write clones', () => {
  it('share record storage, yet appends to one never show in the other', () => {
    const t = testLog()
    t.append('a', '1', 0)
    const copy = clonePartitionLog(t.log)
    t.append('b', '2', 1)
    expect(segmentOffsets(copy)).toEqual([[0]])
    appendBatchInPlace(copy, [{ key: 'c', value: '3', timestamp: 2 }], {
      config: t.config,
      sizeModel: 'records',
      now: 2,
      jitterRng: createRng(0),
    })
    const originalActive = t.log.segments[0]
    const copyActive = copy.segments[0]
    expect(originalActive && segmentRecords(originalActive).map((r) => r.key)).toEqual(['a', 'b'])
    expect(copyActive && segmentRecords(copyActive).map((r) => r.key)).toEqual(['a', 'c'])
  })

  it('reuse the stored record when a copy replays the same append, without copying storage', () => {
    const t = testLog()
    t.append('a', '1', 0)
    const copy = clonePartitionLog(t.log)
    t.append('b', '2', 1)
    appendBatchInPlace(copy, [{ key: 'b', value: '2', timestamp: 1 }], {
      config: t.config,
      sizeModel: 'records',
      now: 1,
      jitterRng: createRng(0),
    })
    expect(copy.segments[0]?.columns).toBe(t.log.segments[0]?.columns)
    expect(segmentOffsets(copy)).toEqual([[0, 1]])
  })
})

describe('the producer of each record', () => {
  const send = (log: PartitionLog, producer: string | null, key: string): void => {
    const result = appendBatchInPlace(log, [{ key, value: 'v', timestamp: 0 }], {
      config: topicConfig(),
      sizeModel: 'records',
      now: 0,
      jitterRng: createRng(0),
      producer,
    })
    if (!result.ok) throw new Error(result.reason)
  }

  it('is kept with every record of the batch it sent, and absent when it has no name', () => {
    const t = testLog()
    send(t.log, 'job-a_1', 'x')
    send(t.log, null, 'y')
    send(t.log, 'job-a_shared', 'z')
    const records = t.log.segments.flatMap((s) => segmentRecords(s))
    expect(records.map((r) => r.producer)).toEqual(['job-a_1', undefined, 'job-a_shared'])
  })

  it('tells two histories apart that differ only in who wrote a record', () => {
    const t = testLog()
    send(t.log, 'job-a_1', 'x')
    const copy = clonePartitionLog(t.log)
    send(t.log, 'job-a_1', 'y')
    send(copy, 'job-a_2', 'y')
    const producers = (log: PartitionLog) =>
      log.segments.flatMap((s) => segmentRecords(s)).map((r) => r.producer)
    expect(producers(t.log)).toEqual(['job-a_1', 'job-a_1'])
    expect(producers(copy)).toEqual(['job-a_1', 'job-a_2'])
  })
})
