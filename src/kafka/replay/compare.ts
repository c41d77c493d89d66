import type { PartitionView, PollView } from './views'

export interface CompareOptions {
  /** Whether to compare a topic's sizes and segment boundaries (where both sides know them). */
  readonly layout: (topic: string) => boolean
}

/** Every difference between the simulator's and the broker's partitions, in words; empty when equal. */
export function partitionDifferences(
  simulated: readonly PartitionView[],
  real: readonly PartitionView[],
  options: CompareOptions,
): string[] {
  const differences: string[] = []
  for (const sim of simulated) {
    const where = `${sim.topic}[${String(sim.partition)}]`
    const broker = real.find((r) => r.topic === sim.topic && r.partition === sim.partition)
    if (!broker) {
      differences.push(`${where}: missing on the broker`)
      continue
    }
    const field = (name: string, a: unknown, b: unknown): void => {
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        differences.push(
          `${where} ${name}: simulator ${JSON.stringify(a)}, broker ${JSON.stringify(b)}`,
        )
      }
    }
    field('log start offset', sim.logStartOffset, broker.logStartOffset)
    field('log end offset', sim.logEndOffset, broker.logEndOffset)
    field(
      'offsets in the log',
      sim.records.map((r) => r.offset),
      broker.records.map((r) => r.offset),
    )
    field('records', sim.records, broker.records)
    if (options.layout(sim.topic) && sim.size !== null && broker.size !== null) {
      field('size', sim.size, broker.size)
    }
    if (options.layout(sim.topic) && sim.segmentBaseOffsets && broker.segmentBaseOffsets) {
      field('segment base offsets', sim.segmentBaseOffsets, broker.segmentBaseOffsets)
    }
  }
  return differences
}

/** Every difference between two lists of polls, in order; empty when equal. */
export function pollDifferences(
  simulated: readonly PollView[],
  real: readonly PollView[],
): string[] {
  const differences: string[] = []
  const count = Math.max(simulated.length, real.length)
  for (let i = 0; i < count; i++) {
    const a = simulated[i]
    const b = real[i]
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      differences.push(
        `poll ${String(i + 1)}: simulator ${JSON.stringify(a)}, broker ${JSON.stringify(b)}`,
      )
    }
  }
  return differences
}
