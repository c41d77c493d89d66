import { describe, expect, it } from 'vitest'
import type { CleanPassOptions, TombstoneRule } from './cleaner'
import { cleanLogInPlace } from './cleaner'
import { cleanableOffsets } from './cleanable'
import type { TestLog } from './testLog'
import { allRecords, readTable, segmentOffsets, testLog } from './testLog'

function clean(
  t: TestLog,
  now: number,
  extra: Partial<CleanPassOptions> & { tombstoneRule?: TombstoneRule } = {},
) {
  const range = cleanableOffsets(t.log, t.config, now)
  return cleanLogInPlace(t.log, {
    config: t.config,
    now,
    offsetMapCapacity: 1_000_000,
    tombstoneRule: 'kip-534',
    ...range,
    ...extra,
  })
}

const compacted = { 'cleanup.policy': 'compact', 'segment.bytes': 3 } as const

describe('a cleaning pass', () => {
  it('keeps the latest record per key, keeps offsets with gaps, and never touches the active segment', () => {
    const t = testLog(compacted)
    for (const [k, v] of [
      ['a', '1'],
      ['b', '1'],
      ['a', '2'],
      ['c', '1'],
      ['a', '3'],
      ['b', '2'],
      ['a', '4'],
    ] as const) {
      t.append(k, v, 0)
    }
    const before = readTable(t.log)
    const result = clean(t, 0)
    // Segments [0,1,2] [3,4,5] are cleanable; [6] is active and keeps its record.
    // Groups come from pre-clean sizes (3 + 3 > segment.bytes), so the emptied segment 0 stays.
    expect(segmentOffsets(t.log)).toEqual([[], [3, 4, 5], [6]])
    expect(allRecords(t.log).map((r) => `${r.offset}:${r.key}=${r.value}`)).toEqual([
      '3:c=1',
      '4:a=3',
      '5:b=2',
      '6:a=4',
    ])
    expect(result.endOffset).toBe(6)
    expect(t.log.cleanerCheckpoint).toBe(6)
    expect(t.log.logStartOffset).toBe(0)
    expect(readTable(t.log)).toEqual(before)
  })

  it('keeps a segment the pass leaves as it was, and makes a new one where it removes a record', () => {
    const t = testLog({ 'cleanup.policy': 'compact', 'segment.bytes': 1 })
    for (const [k, v] of [
      ['a', '1'],
      ['b', '1'],
      ['a', '2'],
      ['c', '1'],
    ] as const) {
      t.append(k, v, 0)
    }
    const [first, second] = t.log.segments
    clean(t, 0)
    expect(segmentOffsets(t.log)).toEqual([[], [1], [2], [3]])
    // Segment 1 (b=1) is unchanged: the same object, which keyframes before and after share.
    expect(t.log.segments[1]).toBe(second)
    // Segment 0 lost a=1, superseded by a=2: a new segment.
    expect(t.log.segments[0]).not.toBe(first)
  })

  it('merges small cleaned segments while their pre-clean sizes fit in segment.bytes', () => {
    const t = testLog({ 'cleanup.policy': 'compact', 'segment.bytes': 2 })
    for (let i = 0; i < 7; i++) t.append('same', `${i}`, 0)
    clean(t, 0)
    // Groups are formed from pre-clean sizes (2 each), so no two full segments merge.
    expect(t.log.segments.map((s) => s.baseOffset)).toEqual([0, 2, 4, 6])
    expect(segmentOffsets(t.log)).toEqual([[], [], [5], [6]])
    t.append('x', '1', 1)
    t.append('y', '1', 1) // rolls: segment 6 = [6, 7] becomes cleanable
    clean(t, 1)
    // Now the emptied segments (size 0) merge with their neighbours: 0 + 0 + 1 fits, + 2 does not.
    expect(t.log.segments.map((s) => s.baseOffset)).toEqual([0, 6, 8])
    expect(segmentOffsets(t.log)).toEqual([[], [6, 7], [8]])
  })

  it('stops early when the offset map is full and moves the checkpoint only as far as it indexed', () => {
    const t = testLog({ 'cleanup.policy': 'compact', 'segment.bytes': 4 })
    for (const k of ['a', 'b', 'c', 'a', 'b', 'c', 'd', 'e', 'z']) t.append(k, 'v', 0)
    const result = clean(t, 0, { offsetMapCapacity: 2 })
    // Map holds a@0, b@1; the third key (c@2) does not fit, so the pass covers offsets 0–1.
    expect(result.partial).toBe(true)
    expect(result.endOffset).toBe(2)
    expect(t.log.cleanerCheckpoint).toBe(2)
    expect(allRecords(t.log).map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('drops keyless records within the indexed range', () => {
    const t = testLog({ 'segment.bytes': 3 })
    t.append(null, 'x', 0)
    t.append('a', '1', 0)
    t.append(null, 'y', 0)
    t.append('a', '2', 0)
    const compactConfig = { ...t.config, 'cleanup.policy': 'compact' as const }
    const range = cleanableOffsets(t.log, compactConfig, 0)
    const result = cleanLogInPlace(t.log, {
      config: compactConfig,
      now: 0,
      offsetMapCapacity: 100,
      tombstoneRule: 'kip-534',
      ...range,
    })
    expect(result.keylessDropped).toBe(2)
    expect(allRecords(t.log).map((r) => r.offset)).toEqual([1, 3])
  })
})

describe('tombstones (KIP-534)', () => {
  it('are kept and stamped at the first pass, whatever their own timestamp', () => {
    const t = testLog({ ...compacted, 'delete.retention.ms': 100 })
    t.append('a', '1', 0, 0)
    t.append('a', null, 0, 0) // ancient timestamp does not matter
    t.append('b', '1', 0)
    t.append('c', '1', 0)
    const result = clean(t, 1000)
    expect(result.tombstonesStamped.map((r) => [r.offset, r.deleteHorizonMs])).toEqual([[1, 1100]])
    expect(allRecords(t.log).map((r) => r.offset)).toEqual([1, 2, 3])
  })

  it('are dropped only by a pass that starts at or after the horizon', () => {
    const t = testLog({ ...compacted, 'delete.retention.ms': 100 })
    t.append('a', '1', 0)
    t.append('a', null, 0)
    t.append('b', '1', 0)
    t.append('c', '1', 0)
    clean(t, 1000)
    t.append('d', '1', 1000)
    t.append('e', '1', 1000)
    t.append('f', '1', 1000)
    expect(clean(t, 1099).tombstonesDropped).toEqual([])
    t.append('g', '1', 1099)
    t.append('h', '1', 1099)
    t.append('i', '1', 1099)
    expect(clean(t, 1100).tombstonesDropped.map((r) => r.offset)).toEqual([1])
    expect(readTable(t.log).has('a')).toBe(false)
  })

  it('need two passes even with delete.retention.ms = 0', () => {
    const t = testLog({ ...compacted, 'delete.retention.ms': 0 })
    t.append('a', null, 0)
    t.append('b', '1', 0)
    t.append('c', '1', 0)
    t.append('d', '1', 0)
    expect(clean(t, 5).tombstonesDropped).toEqual([])
    t.append('e', '1', 5)
    t.append('f', '1', 5)
    t.append('g', '1', 5)
    expect(clean(t, 5).tombstonesDropped.map((r) => r.key)).toEqual(['a'])
  })

  it('are removed by a later record for the same key through the ordinary rule', () => {
    const t = testLog({ ...compacted, 'delete.retention.ms': 1_000_000 })
    t.append('a', null, 0)
    t.append('a', 'back', 0)
    t.append('b', '1', 0)
    t.append('c', '1', 0)
    clean(t, 0)
    expect(allRecords(t.log).map((r) => `${r.key}=${String(r.value)}`)).toEqual([
      'a=back',
      'b=1',
      'c=1',
    ])
  })
})

describe('tombstones (legacy rule, Kafka < 3.1)', () => {
  it('are never dropped by the first pass, when nothing is clean yet', () => {
    const t = testLog({ ...compacted, 'delete.retention.ms': 100 })
    t.append('a', null, 0)
    t.append('b', '1', 0)
    t.append('c', '1', 0)
    t.append('d', '1', 5000)
    expect(clean(t, 5000, { tombstoneRule: 'legacy' }).tombstonesDropped).toEqual([])
  })

  it('survive while newer writes are less than delete.retention.ms after them', () => {
    const t = testLog({ ...compacted, 'delete.retention.ms': 100 })
    t.append('x', '1', 10)
    t.append('a', null, 10)
    t.append('y', '1', 10) // segment [0..2], mtime 10
    t.append('z', '1', 50) // active
    clean(t, 60, { tombstoneRule: 'legacy' }) // horizon 0: mtime 10 > 0 keeps it
    expect(readTable(t.log).has('a')).toBe(false)
    expect(allRecords(t.log).some((r) => r.key === 'a')).toBe(true)
    t.append('w', '1', 80)
    t.append('v', '1', 80) // segment [3..5] mtime 80
    t.append('u', '1', 200)
    clean(t, 210, { tombstoneRule: 'legacy' }) // last clean segment mtime 10 → horizon -90: kept
    expect(allRecords(t.log).some((r) => r.key === 'a')).toBe(true)
    t.append('s', '1', 300)
    t.append('r', '1', 300)
    t.append('q', '1', 400)
    clean(t, 410, { tombstoneRule: 'legacy' }) // last clean segment mtime 80 → horizon -20: kept
    expect(allRecords(t.log).some((r) => r.key === 'a')).toBe(true)
    t.append('p', '1', 500)
    t.append('o', '1', 500)
    t.append('n', '1', 600)
    // The clean section now ends with a segment written at 300 → horizon 200 > 10: dropped.
    clean(t, 610, { tombstoneRule: 'legacy' })
    expect(allRecords(t.log).some((r) => r.key === 'a')).toBe(false)
  })
})
