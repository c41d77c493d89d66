import type { Scenario } from '../scenario/schema'
import { derivedPer } from './cache'
import { worldAtOtherTime } from './simulation'

/** Samples across the scenario: enough for a smooth line, few enough to compute in a blink. */
const SAMPLES = 120
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

/** Evenly spaced sample times from 0 to the end of the scenario, both included. */
export function sampleTimes(durationMs: number): number[] {
  return Array.from({ length: SAMPLES + 1 }, (_, i) => Math.round((durationMs * i) / SAMPLES))
}

/**
 * Throughput and consumer lag of one partition over the whole scenario, sampled from the
 * timeline (cached per scenario and partition; the charts draw the cursor over it).
 */
export function partitionSeries(
  scenario: Scenario,
  topic: string,
  partition: number,
): PartitionSeries {
  return seriesPerPartition(scenario, { topic, partition })
}

interface PartitionRef {
  readonly topic: string
  readonly partition: number
}

const seriesPerPartition = derivedPer(
  ({ topic, partition }: PartitionRef) => `${topic}\u0000${partition}`,
  (scenario: Scenario, { topic, partition }: PartitionRef): PartitionSeries => {
    const times = sampleTimes(scenario.durationMs)
    const consumers = scenario.consumers.filter(
      (c) => c.topic === topic && c.partition === partition,
    )
    const lag = new Map(consumers.map((c) => [c.name, [] as (number | null)[]]))
    const ends: number[] = []
    const throughput: number[] = []
    times.forEach((t, i) => {
      const world = worldAtOtherTime(scenario, t)
      const end = world.topics.get(topic)?.partitions[partition]?.logEndOffset ?? 0
      ends.push(end)
      const from = Math.max(0, i - RATE_WINDOW)
      const span = t - (times[from] ?? 0)
      throughput.push(span === 0 ? 0 : ((end - (ends[from] ?? 0)) * 1000) / span)
      for (const [name, values] of lag) {
        const position = world.consumers.get(name)?.position ?? null
        values.push(position === null ? null : Math.max(0, end - position))
      }
    })
    return {
      times,
      throughput,
      rateWindowMs: (scenario.durationMs * RATE_WINDOW) / SAMPLES,
      lag,
    }
  },
)
