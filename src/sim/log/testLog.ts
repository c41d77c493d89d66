/** Helpers for the log's unit and property tests: build a partition log record by record. */
import type { TopicConfig, TopicConfigOverrides } from './config'
import { TOPIC_CONFIG_DEFAULTS, withOverrides } from './config'
import type { PartitionLog } from './partition'
import { appendBatchInPlace, createPartitionLog } from './partition'
import { createKeyTable } from './keyTable'
import { segmentRecords } from './segment'
import { createRng } from '../random'

export function topicConfig(overrides: TopicConfigOverrides = {}): TopicConfig {
  return withOverrides(TOPIC_CONFIG_DEFAULTS, overrides)
}

export interface TestLog {
  readonly log: PartitionLog
  readonly config: TopicConfig
  /** Appends one record at `now` (timestamp = now unless given); throws if the broker rejects it. */
  append(key: string | null, value: string | null, now: number, timestamp?: number): void
}

export function testLog(overrides: TopicConfigOverrides = {}): TestLog {
  const config = topicConfig(overrides)
  const log = createPartitionLog('t', 0, 0, createKeyTable())
  return {
    log,
    config,
    append(key, value, now, timestamp = now) {
      const result = appendBatchInPlace(log, [{ key, value, timestamp }], {
        config,
        sizeModel: 'records',
        now,
        jitterRng: createRng(0),
      })
      if (!result.ok) throw new Error(result.reason)
    },
  }
}

/** Offsets of each segment, e.g. [[0, 1], [2, 3], []]. */
export function segmentOffsets(log: PartitionLog): number[][] {
  return log.segments.map((s) => segmentRecords(s).map((r) => r.offset))
}

/** Every record in the log, in offset order. */
export function allRecords(log: PartitionLog) {
  return log.segments.flatMap((s) => segmentRecords(s))
}

/** The table a reader builds from the start of the log: key → latest value (tombstones delete). */
export function readTable(log: PartitionLog): Map<string, string> {
  const table = new Map<string, string>()
  for (const r of allRecords(log)) {
    if (r.key === null) continue
    if (r.value === null) table.delete(r.key)
    else table.set(r.key, r.value)
  }
  return table
}
