import { describe, expect, it } from 'vitest'
import { copyRolledSegmentsInPlace, expireArchiveInPlace, highestArchivedOffset } from './archive'
import type { TopicConfigOverrides } from './config'
import { fetchFrom, readWholeLog } from './fetch'
import { deleteOldSegmentsInPlace, deleteRecordsInPlace } from './retention'
import { segmentOffsets, testLog } from './testLog'

/** A tiered log with one record per segment; `count` records appended at t = 0, 10, 20… */
function tieredLog(count: number, overrides: TopicConfigOverrides = {}) {
  const t = testLog({
    'segment.bytes': 1,
    'remote.storage.enable': true,
    'retention.ms': 1000,
    'local.retention.ms': 100,
    ...overrides,
  })
  for (let i = 0; i < count; i++) t.append(`k${i}`, `v${i}`, i * 10)
  return t
}

describe('copying to the archive (RLMCopyTask)', () => {
  it('copies rolled segments once each and never the active segment', () => {
    const t = tieredLog(3)
    const first = copyRolledSegmentsInPlace(t.log, 50)
    expect(first.map((a) => [a.segment.baseOffset, a.endOffset])).toEqual([
      [0, 1],
      [1, 2],
    ])
    expect(highestArchivedOffset(t.log)).toBe(1)
    expect(copyRolledSegmentsInPlace(t.log, 60)).toEqual([])
    t.append('k3', 'v3', 70)
    expect(copyRolledSegmentsInPlace(t.log, 80).map((a) => a.segment.baseOffset)).toEqual([2])
  })
})

describe('copying after DeleteRecords', () => {
  it('copies a segment that holds offsets above the local log start even if its base is below', () => {
    const t = tieredLog(4, { 'segment.bytes': 2 })
    deleteRecordsInPlace(t.log, 1)
    expect(copyRolledSegmentsInPlace(t.log, 50).map((a) => a.segment.baseOffset)).toEqual([0])
  })
})

describe('local retention on a tiered topic', () => {
  it('keeps an expired local segment until the archive holds it', () => {
    const t = tieredLog(3)
    expect(deleteOldSegmentsInPlace(t.log, t.config, 500).deleted).toEqual([])
    copyRolledSegmentsInPlace(t.log, 500)
    const result = deleteOldSegmentsInPlace(t.log, t.config, 500)
    expect(result.deleted).toEqual([
      {
        baseOffset: 0,
        endOffset: 1,
        recordCount: 1,
        newestTimestamp: 0,
        reason: 'retention.ms',
        archived: true,
      },
      {
        baseOffset: 1,
        endOffset: 2,
        recordCount: 1,
        newestTimestamp: 10,
        reason: 'retention.ms',
        archived: true,
      },
    ])
    expect(t.log.localLogStartOffset).toBe(2)
    expect(t.log.logStartOffset).toBe(0)
  })

  it('rolls a breached active segment so that the next copy can archive it', () => {
    const t = tieredLog(3, { 'segment.bytes': 10 })
    const result = deleteOldSegmentsInPlace(t.log, t.config, 500)
    expect(result.rolled).toBe(true)
    expect(result.deleted).toEqual([])
    expect(segmentOffsets(t.log)).toEqual([[0, 1, 2], []])
    copyRolledSegmentsInPlace(t.log, 500)
    expect(deleteOldSegmentsInPlace(t.log, t.config, 500).deleted).toHaveLength(1)
    expect(t.log.localLogStartOffset).toBe(3)
  })

  it('uses retention.ms for the local copy when local.retention.ms is -2', () => {
    const t = tieredLog(3, { 'local.retention.ms': -2 })
    copyRolledSegmentsInPlace(t.log, 500)
    expect(deleteOldSegmentsInPlace(t.log, t.config, 500).deleted).toEqual([])
    expect(deleteOldSegmentsInPlace(t.log, t.config, 1005).deleted).toHaveLength(1)
  })

  it('bounds the local log by local.retention.bytes once archived', () => {
    const t = tieredLog(5, { 'local.retention.ms': -2, 'local.retention.bytes': 2 })
    copyRolledSegmentsInPlace(t.log, 50)
    deleteOldSegmentsInPlace(t.log, t.config, 50)
    expect(segmentOffsets(t.log)).toEqual([[3], [4]])
    expect(t.log.localLogStartOffset).toBe(3)
  })
})

describe('fetching below the local log start', () => {
  it('is served from the archive up to the local log start, then from the local log', () => {
    const t = tieredLog(4)
    copyRolledSegmentsInPlace(t.log, 500)
    deleteOldSegmentsInPlace(t.log, t.config, 500)
    expect(t.log.localLogStartOffset).toBe(3)
    const remote = fetchFrom(t.log, 1, 10)
    expect(remote).toMatchObject({ ok: true, nextOffset: 3, fromArchive: true })
    expect(remote.ok && remote.records.map((r) => r.value)).toEqual(['v1', 'v2'])
    expect(fetchFrom(t.log, 3, 10)).toMatchObject({ ok: true, nextOffset: 4, fromArchive: false })
    expect(readWholeLog(t.log).map((r) => r.offset)).toEqual([0, 1, 2, 3])
  })

  it('answers OFFSET_OUT_OF_RANGE without the archive, for the same retention', () => {
    const t = tieredLog(4, { 'remote.storage.enable': false, 'retention.ms': 100 })
    deleteOldSegmentsInPlace(t.log, t.config, 500)
    expect(fetchFrom(t.log, 1, 10)).toMatchObject({ ok: false, error: 'OFFSET_OUT_OF_RANGE' })
  })
})

describe('the archive’s retention (RLMExpirationTask)', () => {
  it('expires archived segments once their newest record is retention.ms old, not before', () => {
    const t = tieredLog(3)
    copyRolledSegmentsInPlace(t.log, 0)
    expect(expireArchiveInPlace(t.log, t.config, 999)).toEqual([])
    // At exactly retention.ms the archive expires the segment (≤), where the local check waits (>).
    expect(expireArchiveInPlace(t.log, t.config, 1000)).toEqual([
      { baseOffset: 0, endOffset: 1, recordCount: 1, reason: 'retention.ms' },
    ])
    expect(t.log.logStartOffset).toBe(1)
    expect(t.log.localLogStartOffset).toBe(1)
    expect(fetchFrom(t.log, 0, 1)).toMatchObject({ ok: false, error: 'OFFSET_OUT_OF_RANGE' })
  })

  it('bounds both tiers together by retention.bytes, counting local segments not yet archived', () => {
    const t = tieredLog(5, { 'retention.ms': -1, 'local.retention.ms': -1, 'retention.bytes': 3 })
    copyRolledSegmentsInPlace(t.log, 50)
    // Archive 4 (offsets 0–3) + the active segment's 1 = 5, so 2 segments go.
    expect(expireArchiveInPlace(t.log, t.config, 50).map((e) => e.reason)).toEqual([
      'retention.bytes',
      'retention.bytes',
    ])
    expect(t.log.logStartOffset).toBe(2)
  })

  it('drops archived segments that DeleteRecords left wholly below the log start offset', () => {
    const t = tieredLog(4)
    copyRolledSegmentsInPlace(t.log, 50)
    deleteRecordsInPlace(t.log, 2)
    expect(t.log.localLogStartOffset).toBe(2)
    expect(expireArchiveInPlace(t.log, t.config, 50).map((e) => e.reason)).toEqual([
      'log-start-offset',
      'log-start-offset',
    ])
    expect(t.log.archive.map((a) => a.segment.baseOffset)).toEqual([2])
  })
})
