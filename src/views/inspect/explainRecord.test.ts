import { describe, expect, test } from 'vitest'
import type { PartitionSnapshot } from '../../sim'
import { TOPIC_CONFIG_DEFAULTS, withOverrides } from '../../sim'
import { lessonById } from '../../lessons'
import { recordFate } from '../../derive/recordFate'
import { laterOf, whyStillHere } from './explainRecord'

const record = (offset: number, key: string | null, value: string | null, extra = {}) => ({
  offset,
  key,
  value,
  timestamp: offset * 1_000,
  ...extra,
})

/**
 * Cleaned up to offset 4; offsets 2 and 3 are stamped tombstones; a newer "a" sits at 5 and a newer
 * "e" at 7 (dirty).
 */
const partition: PartitionSnapshot = {
  partition: 0,
  logStartOffset: 0,
  logEndOffset: 8,
  replicas: [0],
  leader: 0,
  isr: [0],
  highWatermark: 8,
  cleanerCheckpoint: 4,
  segments: [
    {
      baseOffset: 0,
      active: false,
      records: [
        record(0, 'a', 'a1'),
        record(1, 'b', 'b1'),
        record(2, 'c', null, { deleteHorizonMs: 90_000 }),
        record(3, 'e', null, { deleteHorizonMs: 90_000 }),
      ],
    },
    { baseOffset: 4, active: false, records: [record(4, 'd', 'd1'), record(5, 'a', 'a2')] },
    { baseOffset: 6, active: true, records: [record(6, 'b', 'b2'), record(7, 'e', 'e2')] },
  ],
}
const compact = withOverrides(TOPIC_CONFIG_DEFAULTS, { 'cleanup.policy': 'compact' })
const segment0 = partition.segments[0]!.records
const segment1 = partition.segments[1]!.records

describe('why a record is still in the log', () => {
  test('the cleaner never cleans the active segment', () => {
    expect(whyStillHere(partition.segments[2]!.records[0]!, partition, compact)).toEqual([
      'It is in the active segment, which the cleaner never cleans.',
    ])
  })

  test('retention deletes the active segment only once all of it has expired', () => {
    const deleting = withOverrides(TOPIC_CONFIG_DEFAULTS, {
      'cleanup.policy': 'delete',
      'retention.ms': 60_000,
    })
    const reasons = whyStillHere(partition.segments[2]!.records[0]!, partition, deleting)
    expect(reasons[0]).toMatch(
      /^Retention deletes the active segment only once all of it has expired/,
    )
    // Offset 7 is the active segment's newest record (timestamp 7 s), so it is due from 1 min 7 s.
    expect(reasons[1]).toMatch(/newest record has timestamp 7 s.*due from 1 min 7 s/)
    expect(reasons.join(' ')).not.toMatch(/cleaner/)
  })

  test('a record past the cleaner checkpoint is dirty', () => {
    expect(whyStillHere(segment1[0]!, partition, compact)[0]).toMatch(/^It is dirty/)
  })

  test('a cleaned record waits for the pass that reaches its key’s newer value', () => {
    expect(whyStillHere(segment0[0]!, partition, compact)[0]).toMatch(
      /Key "a" has a newer value at offset 5/,
    )
  })

  test('a stamped tombstone stays until its delete horizon', () => {
    expect(whyStillHere(segment0[2]!, partition, compact)[0]).toMatch(
      /until its delete horizon \(1 min 30 s/,
    )
  })

  test('a tombstone whose key has a newer value goes with the pass that reads it, horizon or not', () => {
    expect(whyStillHere(segment0[3]!, partition, compact)[0]).toBe(
      'Key "e" has a newer value at offset 7, past the cleaner checkpoint: this record goes at the first pass that reads offset 7, before its delete horizon.',
    )
  })

  test('a keyless record is dropped by the next pass that reads it', () => {
    const keyless = record(1, null, 'x')
    expect(whyStillHere(keyless, partition, compact)[0]).toMatch(/^It has no key .* drops it\.$/)
  })

  test('under time retention the segment is due retention.ms after its newest record', () => {
    const remove = withOverrides(TOPIC_CONFIG_DEFAULTS, { 'retention.ms': 60_000 })
    expect(whyStillHere(segment0[0]!, partition, remove)).toEqual([
      "Its segment's newest record has timestamp 3 s; with retention.ms=1 min the segment is due from 1 min 3 s, and the next retention check after that deletes it.",
    ])
  })
})

describe('what the inspector says of a record’s later life', () => {
  // The tombstones lesson: the tombstone at offset 2 is dropped by the cleaner pass at 25 s.
  const lesson = lessonById('tombstones')!
  const fate = recordFate(lesson.scenario, { topic: 'user-profiles', partition: 0, offset: 2 })

  test('before its removal: the time and the cause, unless a lesson hides the future', () => {
    expect(fate.removedAt).toBe(25_000)
    expect(laterOf(fate, 10_000, true, false)).toMatchObject({
      kind: 'will be removed',
      at: 25_000,
    })
    expect(laterOf(fate, 10_000, true, true)).toEqual({ kind: 'hidden' })
  })

  test('after its removal: said either way, since it is the past', () => {
    const later = { kind: 'removed', at: 25_000 }
    expect(laterOf(fate, 26_000, false, false)).toMatchObject(later)
    expect(laterOf(fate, 26_000, false, true)).toMatchObject(later)
  })

  test('a record that stays to the end says so only when the future may show', () => {
    const kept = { ...fate, removedAt: null, removedBy: [] }
    expect(laterOf(kept, 10_000, true, false)).toEqual({ kind: 'stays to the end' })
    expect(laterOf(kept, 10_000, true, true)).toEqual({ kind: 'hidden' })
    expect(laterOf(kept, 10_000, false, false)).toEqual({ kind: 'nothing' })
  })
})
