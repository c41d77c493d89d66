import { describe, expect, it } from 'vitest'
import { cleanLogInPlace } from './cleaner'
import { cleanableOffsets } from './cleanable'
import { fetchFrom } from './fetch'
import { deleteRecordsInPlace } from './retention'
import { testLog } from './testLog'

describe('fetching', () => {
  it('answers OFFSET_OUT_OF_RANGE below the log start offset or above the log end offset', () => {
    const t = testLog()
    for (let i = 0; i < 4; i++) t.append(`k${i}`, 'v', 0)
    deleteRecordsInPlace(t.log, 2)
    expect(fetchFrom(t.log, 1, 10)).toMatchObject({ ok: false, error: 'OFFSET_OUT_OF_RANGE' })
    expect(fetchFrom(t.log, 5, 10)).toMatchObject({ ok: false, error: 'OFFSET_OUT_OF_RANGE' })
    expect(fetchFrom(t.log, 4, 10)).toEqual({
      ok: true,
      records: [],
      nextOffset: 4,
      fromArchive: false,
    })
    const read = fetchFrom(t.log, 2, 10)
    expect(read.ok && read.records.map((r) => r.offset)).toEqual([2, 3])
  })

  it('reads from the next surviving record when the offset was compacted away', () => {
    const t = testLog({ 'cleanup.policy': 'compact', 'segment.bytes': 3 })
    for (const k of ['a', 'a', 'a', 'b', 'c']) t.append(k, 'v', 0)
    cleanLogInPlace(t.log, {
      config: t.config,
      now: 0,
      offsetMapCapacity: 10,
      tombstoneRule: 'kip-534',
      ...cleanableOffsets(t.log, t.config, 0),
    })
    const read = fetchFrom(t.log, 0, 10)
    expect(read.ok && read.records.map((r) => r.offset)).toEqual([2, 3, 4])
  })

  it('returns at most maxRecords and continues after the last one', () => {
    const t = testLog()
    for (let i = 0; i < 5; i++) t.append(`k${i}`, 'v', 0)
    expect(fetchFrom(t.log, 1, 2)).toMatchObject({ ok: true, nextOffset: 3 })
  })
})
