import type { Scenario } from '../scenario/schema'
import { derivedPer } from './cache'
import { createSampling, sampledNow, sampleTimes, type Sampler, type Sampling } from './sampling'

/** Throughput is averaged over this many sample intervals, so a slow producer is not a sawtooth. */
const RATE_WINDOW = 10

export interface PartitionSeries {
  readonly times: readonly number[]
  /** Records appended per second of simulated time, averaged over the window ending at each sample. */
  readonly throughput: readonly number[]
  /** The averaging window of `throughput`, in ms. */
  readonly rateWindowMs: number
  /** Per consumer of the partition: log end offset minus its position (null before it has one). */
  readonly lag: ReadonlyMap<string, readonly (number | null)[]>
}

interface PartitionRef {
  readonly topic: string
  readonly partition: number
}

/**
 * Throughput and consumer lag of one partition over the whole scenario, sampled from the
 * timeline, read a few samples at a time (cached per scenario and partition; the charts draw the
 * cursor over it).
 */
export const partitionSeriesSampling: (
  scenario: Scenario,
  ref: PartitionRef,
) => Sampling<PartitionSeries> = derivedPer(
  ({ topic, partition }: PartitionRef) => `${topic}\u0000${partition}`,
  (scenario: Scenario, ref: PartitionRef) =>
    createSampling(scenario, partitionSampler(scenario, ref)),
)

/** `partitionSeriesSampling`, read whole now. */
export function partitionSeries(
  scenario: Scenario,
  topic: string,
  partition: number,
): PartitionSeries {
  return sampledNow(partitionSeriesSampling(scenario, { topic, partition }))
}

function partitionSampler(
  scenario: Scenario,
  { topic, partition }: PartitionRef,
): Sampler<PartitionSeries> {
  const times = sampleTimes(scenario.durationMs)
  const consumers = scenario.consumers.filter((c) => c.topic === topic && c.partition === partition)
  const lag = new Map(consumers.map((c) => [c.name, [] as (number | null)[]]))
  const ends: number[] = []
  const throughput: number[] = []
  return {
    times,
    read(world, i) {
      const end = world.topics.get(topic)?.partitions[partition]?.logEndOffset ?? 0
      ends.push(end)
      const from = Math.max(0, i - RATE_WINDOW)
      const span = (times[i] ?? 0) - (times[from] ?? 0)
      throughput.push(span === 0 ? 0 : ((end - (ends[from] ?? 0)) * 1000) / span)
      for (const [name, values] of lag) {
        const position = world.consumers.get(name)?.position ?? null
        values.push(position === null ? null : Math.max(0, end - position))
      }
    },
    finish: () => ({
      times,
      throughput,
      rateWindowMs: (scenario.durationMs * RATE_WINDOW) / (times.length - 1),
      lag,
    }),
  }
}
