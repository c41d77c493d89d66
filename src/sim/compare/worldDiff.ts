import type { ReadonlyWorld } from '../readonlyWorld'
import { engineView } from '../readonlyWorld'
import type { TopicConfig } from '../log/config'
import type { JobStatus } from '../jobs/state'
import type { World } from '../world'
import type { ComparisonRow, Side } from './outputs'
import type { Pair } from './pair'
import { pairIfDifferent, sortedUnion } from './pair'
import { compareOutputs, outputContents, outputTopics } from './outputs'
import type { RecordDifferences } from './records'
import { diffPartitionRecords } from './records'
import type { StoreDifference } from './stores'
import { diffStores } from './stores'

export type TopicDifference =
  | { readonly topic: string; readonly kind: 'missing'; readonly side: Side }
  | {
      readonly topic: string
      readonly kind: 'config'
      readonly changed: Readonly<
        Partial<Record<keyof TopicConfig, Pair<TopicConfig[keyof TopicConfig]>>>
      >
    }

export interface PartitionDifference {
  readonly topic: string
  readonly partition: number
  readonly logStartOffset: Pair<number> | null
  readonly logEndOffset: Pair<number> | null
  readonly records: RecordDifferences
}

export interface JobDifference {
  readonly job: string
  readonly status: Pair<JobStatus>
}

/** An output topic's keys whose verdict is not `same`. */
export interface OutputDifference {
  readonly topic: string
  readonly rows: readonly ComparisonRow[]
}

/** What differs between two worlds at one time; every list is empty when nothing does. */
export interface WorldDiff {
  readonly topics: readonly TopicDifference[]
  readonly partitions: readonly PartitionDifference[]
  readonly jobs: readonly JobDifference[]
  readonly stores: readonly StoreDifference[]
  readonly outputs: readonly OutputDifference[]
}

/** The differences of world A and world B (normally at the same time: two branches, one cursor). */
export function diffWorlds(readonlyA: ReadonlyWorld, readonlyB: ReadonlyWorld): WorldDiff {
  const [a, b] = [engineView<World>(readonlyA), engineView<World>(readonlyB)]
  return {
    topics: diffTopics(a, b),
    partitions: diffPartitions(a, b),
    jobs: diffJobs(a, b),
    stores: diffStores(a, b),
    outputs: diffOutputs(a, b),
  }
}

/** Whether nothing differs. */
export function isEmptyDiff(diff: WorldDiff): boolean {
  return (
    diff.topics.length === 0 &&
    diff.partitions.length === 0 &&
    diff.jobs.length === 0 &&
    diff.stores.length === 0 &&
    diff.outputs.length === 0
  )
}

function diffTopics(a: World, b: World): TopicDifference[] {
  const out: TopicDifference[] = []
  for (const topic of sortedUnion(a.topics.keys(), b.topics.keys())) {
    const [x, y] = [a.topics.get(topic), b.topics.get(topic)]
    if (!x || !y) {
      out.push({ topic, kind: 'missing', side: x ? 'B' : 'A' })
      continue
    }
    const changed: Partial<Record<keyof TopicConfig, Pair<TopicConfig[keyof TopicConfig]>>> = {}
    for (const name of Object.keys(x.config) as (keyof TopicConfig)[]) {
      const pair = pairIfDifferent(x.config[name], y.config[name])
      if (pair) changed[name] = pair
    }
    if (Object.keys(changed).length > 0) out.push({ topic, kind: 'config', changed })
  }
  return out
}

function diffPartitions(a: World, b: World): PartitionDifference[] {
  const out: PartitionDifference[] = []
  for (const topic of sortedUnion(a.topics.keys(), b.topics.keys())) {
    const logsA = a.topics.get(topic)?.partitions ?? []
    const logsB = b.topics.get(topic)?.partitions ?? []
    for (let partition = 0; partition < Math.max(logsA.length, logsB.length); partition++) {
      const [x, y] = [logsA[partition], logsB[partition]]
      const records = diffPartitionRecords(x, y)
      const difference: PartitionDifference = {
        topic,
        partition,
        logStartOffset: pairIfDifferent(x?.logStartOffset ?? null, y?.logStartOffset ?? null),
        logEndOffset: pairIfDifferent(x?.logEndOffset ?? null, y?.logEndOffset ?? null),
        records,
      }
      const recordsDiffer =
        records.onlyA.length + records.onlyB.length + records.different.length > 0
      if (difference.logStartOffset || difference.logEndOffset || recordsDiffer) {
        out.push(difference)
      }
    }
  }
  return out
}

function diffJobs(a: World, b: World): JobDifference[] {
  const out: JobDifference[] = []
  for (const job of sortedUnion(a.jobs.keys(), b.jobs.keys())) {
    const status = pairIfDifferent(a.jobs.get(job)?.status ?? null, b.jobs.get(job)?.status ?? null)
    if (status) out.push({ job, status })
  }
  return out
}

function diffOutputs(a: World, b: World): OutputDifference[] {
  const writers = new Map<string, string[]>()
  for (const { topic, writers: apps } of [...outputTopics(a), ...outputTopics(b)]) {
    writers.set(topic, sortedUnion(writers.get(topic) ?? [], apps))
  }
  const out: OutputDifference[] = []
  for (const [topic, apps] of writers) {
    const rows = compareOutputs(
      outputContents(a, topic, apps),
      outputContents(b, topic, apps),
    ).filter((row) => row.verdict.kind !== 'same')
    if (rows.length > 0) out.push({ topic, rows })
  }
  return out
}
