import type { SimScenario, TopicSpec } from '../simScenario'
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
  // The smallest record: a later record of a batch with neither key nor value.
  const smallest = recordSize(scenario.sizeModel, null, null, { offsetDelta: 1, timestampDelta: 0 })
  const bySize = topic.config['segment.bytes'] / Math.max(1, smallest)
  return (partition) => {
    const byTime = (perMs[partition] ?? 0) * topic.config['segment.ms']
    const expected = Math.ceil(Math.min(rows[partition] ?? 0, bySize, byTime))
    return expected === 0 ? undefined : { rows: expected, chars: expected * CHARS_PER_ROW }
  }
}
