import { describe, expect, test } from 'vitest'
import type { PartitionSnapshot } from '../../sim'
import { TOPIC_CONFIG_DEFAULTS, withOverrides } from '../../sim'
import { whyStillHere } from './explainRecord'

const record = (offset: number, key: string | null, value: string | null, extra = {}) => ({
  offset,
  key,
  value,
  timestamp: offset * 1_000,
  ...extra,
})

/** Cleaned up to offset 4; offset 2 is a stamped tombstone; a newer "a" sits at 5 (dirty). */
const partition: PartitionSnapshot = {
  partition: 0,
  logStartOffset: 0,
  logEndOffset: 7,
  replicas: [0],
  leader: 0,
  isr: [0],
  highWatermark: 7,
  cleanerCheckpoint: 4,
  segments: [
    {
      baseOffset: 0,
      active: false,
      records: [
        record(0, 'a', 'a1'),
        record(1, 'b', 'b1'),
        record(2, 'c', null, { deleteHorizonMs: 90_000 }),
      ],
    },
    { baseOffset: 4, active: false, records: [record(4, 'd', 'd1'), record(5, 'a', 'a2')] },
    { baseOffset: 6, active: true, records: [record(6, 'b', 'b2')] },
  ],
}
const compact = withOverrides(TOPIC_CONFIG_DEFAULTS, { 'cleanup.policy': 'compact' })
const segment0 = partition.segments[0]!.records
const segment1 = partition.segments[1]!.records

describe('why a record is still in the log', () => {
  test('the active segment is never touched', () => {
    expect(whyStillHere(partition.segments[2]!.records[0]!, partition, compact)).toEqual([
      'It is in the active segment: neither retention nor the cleaner touches the active segment.',
    ])
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

  test('under time retention the segment is due retention.ms after its newest record', () => {
    const remove = withOverrides(TOPIC_CONFIG_DEFAULTS, { 'retention.ms': 60_000 })
    expect(whyStillHere(segment0[0]!, partition, remove)).toEqual([
      "Its segment's newest record has timestamp 2 s; with retention.ms=1 min the segment is due from 1 min 2 s, and the next retention check after that deletes it.",
    ])
  })
})
