import { describe, expect, it } from 'vitest'
import { deleteOldSegmentsInPlace, deleteRecordsInPlace } from './retention'
import { segmentOffsets, testLog } from './testLog'

describe('time retention', () => {
  it('deletes a segment only when now − its largest timestamp is strictly more than retention.ms', () => {
    const t = testLog({ 'segment.bytes': 2, 'retention.ms': 100 })
    t.append('a', 'v', 0)
    t.append('b', 'v', 10)
    t.append('c', 'v', 200)
    expect(deleteOldSegmentsInPlace(t.log, t.config, 110).deleted).toEqual([])
    const result = deleteOldSegmentsInPlace(t.log, t.config, 111)
    expect(result.deleted).toEqual([
      { baseOffset: 0, endOffset: 2, recordCount: 2, newestTimestamp: 10, reason: 'retention.ms' },
    ])
    expect(t.log.logStartOffset).toBe(2)
    expect(segmentOffsets(t.log)).toEqual([[2]])
  })

  it('removes only a prefix: a segment with a newer record protects every later segment', () => {
    const t = testLog({ 'segment.bytes': 1, 'retention.ms': 100 })
    t.append('a', 'v', 0, 1000) // future timestamp keeps segment 0
    t.append('b', 'v', 0)
    t.append('c', 'v', 0)
    expect(deleteOldSegmentsInPlace(t.log, t.config, 500).deleted).toEqual([])
    expect(t.log.logStartOffset).toBe(0)
  })

  it('can delete the active segment; when every segment is due it rolls an empty one first', () => {
    const t = testLog({ 'segment.bytes': 2, 'retention.ms': 10 })
    t.append('a', 'v', 0)
    t.append('b', 'v', 0)
    t.append('c', 'v', 0)
    const result = deleteOldSegmentsInPlace(t.log, t.config, 100)
    expect(result.rolled).toBe(true)
    expect(result.deleted.map((d) => d.baseOffset)).toEqual([0, 2])
    expect(t.log.logStartOffset).toBe(3)
    expect(t.log.logEndOffset).toBe(3)
    expect(segmentOffsets(t.log)).toEqual([[]])
  })

  it('never deletes the last segment while it is empty', () => {
    const t = testLog({ 'retention.ms': 0 })
    expect(deleteOldSegmentsInPlace(t.log, t.config, 1_000_000).deleted).toEqual([])
  })

  it('does nothing with retention.ms = -1', () => {
    const t = testLog({ 'retention.ms': -1 })
    t.append('a', 'v', 0)
    expect(deleteOldSegmentsInPlace(t.log, t.config, 1e12).deleted).toEqual([])
  })

  it('does not apply time retention to a compact-only log', () => {
    const t = testLog({ 'cleanup.policy': 'compact', 'segment.bytes': 1, 'retention.ms': 1 })
    t.append('a', 'v', 0)
    t.append('b', 'v', 0)
    expect(deleteOldSegmentsInPlace(t.log, t.config, 1000).deleted).toEqual([])
  })

  it('applies it to compact,delete logs', () => {
    const t = testLog({ 'cleanup.policy': 'compact,delete', 'segment.bytes': 1, 'retention.ms': 1 })
    t.append('a', 'v', 0)
    t.append('b', 'v', 0)
    expect(deleteOldSegmentsInPlace(t.log, t.config, 1000).deleted.length).toBe(2)
  })
})

describe('size retention', () => {
  it('keeps at least retention.bytes: deletes whole old segments while the excess covers them', () => {
    const t = testLog({ 'segment.bytes': 3, 'retention.bytes': 4, 'retention.ms': -1 })
    for (let i = 0; i < 8; i++) t.append(`k${i}`, 'v', 0) // segments of 3, 3, 2
    const result = deleteOldSegmentsInPlace(t.log, t.config, 0)
    expect(result.deleted.map((d) => d.reason)).toEqual(['retention.bytes'])
    expect(segmentOffsets(t.log)).toEqual([
      [3, 4, 5],
      [6, 7],
    ])
  })

  it('with retention.bytes = 0 deletes every non-empty segment, the active one included', () => {
    const t = testLog({ 'segment.bytes': 3, 'retention.bytes': 0, 'retention.ms': -1 })
    for (let i = 0; i < 4; i++) t.append(`k${i}`, 'v', 0)
    deleteOldSegmentsInPlace(t.log, t.config, 0)
    expect(segmentOffsets(t.log)).toEqual([[]])
    expect(t.log.logStartOffset).toBe(4)
  })
})

describe('DeleteRecords', () => {
  it('raises the log start offset mid-segment; the segments below it go at the next check', () => {
    const t = testLog({ 'segment.bytes': 2, 'retention.ms': -1 })
    for (let i = 0; i < 5; i++) t.append(`k${i}`, 'v', 0)
    expect(deleteRecordsInPlace(t.log, 3)).toEqual({ ok: true, before: 0 })
    expect(t.log.logStartOffset).toBe(3)
    expect(segmentOffsets(t.log)).toEqual([[0, 1], [2, 3], [4]])
    const result = deleteOldSegmentsInPlace(t.log, t.config, 0)
    expect(result.deleted).toEqual([
      {
        baseOffset: 0,
        endOffset: 2,
        recordCount: 2,
        newestTimestamp: 0,
        reason: 'log-start-offset',
      },
    ])
    expect(t.log.logStartOffset).toBe(3)
  })

  it('refuses an offset above the log end offset and never moves the start offset back', () => {
    const t = testLog()
    t.append('a', 'v', 0)
    expect(deleteRecordsInPlace(t.log, 5).ok).toBe(false)
    deleteRecordsInPlace(t.log, 1)
    deleteRecordsInPlace(t.log, 0)
    expect(t.log.logStartOffset).toBe(1)
  })
})
