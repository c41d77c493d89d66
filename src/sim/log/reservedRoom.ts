import type { SimScenario, TopicSpec } from '../simScenario'
import type { TopicConfig } from './config'
import type { ColumnsCapacity } from './recordColumns'
import { recordSize } from './sizeModel'

/** Value code units reserved per row: an index value (`v` and its digits) fits. */
const CHARS_PER_ROW = 8

/**
 * Room to reserve in the first segment of each partition of a scenario topic: the records its
 * producers send there over the run (spread evenly over the partitions unless a producer names
 * one), at most what one segment holds before it rolls by size or by time. A segment's columns
 * grow by copying every row: near 3M records one copy held the browser for over a second, and
 * each superseded copy stays alive in the keyframes taken before it, until their memory bound
 * thins them to two. A reservation decides only where rows are stored: what is stored, and every
 * result, is the same.
 */
export function reservedRoom(
  scenario: SimScenario,
  topic: TopicSpec,
): (partition: number) => ColumnsCapacity | undefined {
  const rows = new Array<number>(topic.partitions).fill(0)
  const perMs = new Array<number>(topic.partitions).fill(0)
  const add = (partition: number, share: number, sent: number, rate: number): void => {
    rows[partition] = (rows[partition] ?? 0) + sent * share
    perMs[partition] = (perMs[partition] ?? 0) + (rate * share) / 1000
  }
  for (const p of scenario.producers) {
    if (p.topic !== topic.name) continue
    const sent = (Math.max(0, p.stopMs - p.startMs) * p.recordsPerSecond) / 1000
    if (p.partition !== null) add(p.partition, 1, sent, p.recordsPerSecond)
    else
      for (let i = 0; i < topic.partitions; i++)
        add(i, 1 / topic.partitions, sent, p.recordsPerSecond)
  }
  return (partition) => roomFor(scenario, topic.config, rows[partition] ?? 0, perMs[partition] ?? 0)
}

/**
 * Room to reserve in the first segment of each partition of a job's output topic, created when
 * the job starts: counting and latest-value jobs send one message per keyed input record, so the
 * records the scenario's producers send to the job's inputs over the run, spread evenly over the
 * output's partitions, at most what one segment holds. Without it a million-message output grew
 * its columns sixteen times (the pipeline bench's largest copies). An estimate, like
 * `reservedRoom`: a job that starts late or sends less leaves room unused, and a partition its
 * keys favour grows past it.
 */
export function outputRoom(
  scenario: SimScenario,
  inputs: readonly string[],
  partitions: number,
  config: TopicConfig,
): ColumnsCapacity | undefined {
  let sent = 0
  let perMs = 0
  for (const p of scenario.producers) {
    if (!inputs.includes(p.topic)) continue
    sent += (Math.max(0, p.stopMs - p.startMs) * p.recordsPerSecond) / 1000
    perMs += p.recordsPerSecond / 1000
  }
  const share = 1 / Math.max(1, partitions)
  return roomFor(scenario, config, sent * share, perMs * share)
}

/** `rows` expected in a partition receiving `perMs` a ms, at most what one segment holds. */
function roomFor(
  scenario: SimScenario,
  config: TopicConfig,
  rows: number,
  perMs: number,
): ColumnsCapacity | undefined {
  // The smallest record: a later record of a batch with neither key nor value.
  const smallest = recordSize(scenario.sizeModel, null, null, { offsetDelta: 1, timestampDelta: 0 })
  const bySize = config['segment.bytes'] / Math.max(1, smallest)
  const byTime = perMs * config['segment.ms']
  const expected = Math.ceil(Math.min(rows, bySize, byTime))
  return expected === 0 ? undefined : { rows: expected, chars: expected * CHARS_PER_ROW }
}
