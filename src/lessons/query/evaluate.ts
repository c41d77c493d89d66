import type { JobSnapshot, PartitionSnapshot, RecordSnapshot, WorldSnapshot } from '../../sim'
import type { Match, Query, QueryValue, Reader } from './query'
import { isReader } from './query'

/** What a query reads at one time: the world of each branch, and whether they have parted yet. */
export interface QueryWorlds {
  /** Branch A's world, or the lesson's only one. */
  readonly a: WorldSnapshot
  /** Branch B's world at the same time; null in a lesson over one scenario. */
  readonly b: WorldSnapshot | null
  /** When the branches' runs first differ (ms), if that is at or before this time; else null. */
  readonly divergedAt: number | null
}

/** The worlds of a lesson over one scenario. */
export function oneWorld(world: WorldSnapshot): QueryWorlds {
  return { a: world, b: null, divergedAt: null }
}

/**
 * Both branches' worlds at one time. `divergence` is where their whole runs first differ (null:
 * never); it counts only once it has happened, so a reveal never tells the future.
 */
export function branchWorlds(
  a: WorldSnapshot,
  b: WorldSnapshot,
  divergence: number | null,
): QueryWorlds {
  return { a, b, divergedAt: divergence !== null && divergence <= a.time ? divergence : null }
}

/**
 * The value of `query` in `worlds`. Pure, total and bounded by the query's own size: anything the
 * query names that the world lacks (a deleted topic, a job not started, branch B of a lesson over
 * one scenario) gives `null`, or 0 for a count, `false` for a yes/no.
 */
export function evaluateQuery(query: Query, worlds: QueryWorlds): QueryValue {
  if (isReader(query)) return readWorld(query, query.branch === 'b' ? worlds.b : worlds.a)
  switch (query.kind) {
    case 'firstDivergence':
      return worlds.divergedAt
    case 'difference': {
      const of = asNumber(evaluateQuery(query.of, worlds))
      const minus = asNumber(evaluateQuery(query.minus, worlds))
      return of === null || minus === null ? null : of - minus
    }
    case 'same':
      return sameValue(evaluateQuery(query.a, worlds), evaluateQuery(query.b, worlds))
    case 'all':
      return query.of.every((check) => matches(check, evaluateQuery(check.query, worlds)))
    case 'tuple':
      return query.of.map((part) => evaluateQuery(part, worlds))
  }
}

/** A reader's value in its branch's world (null: the lesson has no such branch). */
function readWorld(query: Reader, world: WorldSnapshot | null): QueryValue {
  if (world === null) return null
  switch (query.kind) {
    case 'logStartOffset':
      return partitionOf(world, query.topic, query.partition)?.logStartOffset ?? null
    case 'logEndOffset':
      return partitionOf(world, query.topic, query.partition)?.logEndOffset ?? null
    case 'cleanerCheckpoint':
      return partitionOf(world, query.topic, query.partition)?.cleanerCheckpoint ?? null
    case 'segmentCount':
      return partitionOf(world, query.topic, query.partition)?.segments.length ?? 0
    case 'leader':
      return partitionOf(world, query.topic, query.partition)?.leader ?? null
    case 'offsetInLog':
      return recordsOf(world, query.topic, query.partition).some((r) => r.offset === query.offset)
    case 'segmentOf':
      return (
        partitionOf(world, query.topic, query.partition)?.segments.find((s) =>
          s.records.some((r) => r.offset === query.offset),
        )?.baseOffset ?? null
      )
    case 'recordCount':
      return recordsOf(world, query.topic, query.partition).filter(
        (r) => query.key === undefined || r.key === query.key,
      ).length
    case 'latestValue':
      return (
        recordsOf(world, query.topic, query.partition).findLast((r) => r.key === query.key)
          ?.value ?? null
      )
    case 'topicExists':
      return world.topics.some((t) => t.name === query.topic)
    case 'consumerPosition':
      return world.consumers.find((c) => c.name === query.consumer)?.position ?? null
    case 'consumerReceived':
      return world.consumers.find((c) => c.name === query.consumer)?.received ?? null
    case 'consumerError':
      return world.consumers.find((c) => c.name === query.consumer)?.lastError ?? null
    case 'storeValue':
      return storeOf(jobOf(world, query.job)).find(([key]) => key === query.key)?.[1] ?? null
    case 'storeSum':
      return storeOf(jobOf(world, query.job)).reduce((sum, [, value]) => sum + Number(value), 0)
    case 'store':
      return storeOf(jobOf(world, query.job))
        .map(([key, value]) => `${key}=${value}`)
        .join(', ')
    case 'jobPosition':
      return inputOf(world, query.job, query.topic, query.partition)?.position ?? null
    case 'jobCheckpoint':
      return inputOf(world, query.job, query.topic, query.partition)?.checkpointed ?? null
    case 'jobLag': {
      const job = jobOf(world, query.job)
      return job === undefined
        ? null
        : job.tasks.reduce((sum, t) => sum + t.inputs.reduce((s, i) => s + i.lag, 0), 0)
    }
    case 'jobStatus':
      return jobOf(world, query.job)?.status ?? null
    case 'jobProcessing':
      return jobOf(world, query.job)?.containers.every((c) => c.status === 'running') ?? false
  }
}

/** Whether `value` meets every bound of `match`; bounds on numbers never hold for a non-number. */
export function matches(match: Match, value: QueryValue): boolean {
  if (match.equals !== undefined && !sameValue(match.equals, value)) return false
  const number = match.atLeast === undefined && match.atMost === undefined ? 0 : asNumber(value)
  if (number === null) return false
  if (match.atLeast !== undefined && number < match.atLeast) return false
  return match.atMost === undefined || number <= match.atMost
}

/** Equality of query values: lists element by element; `"8"` and `8` are not the same. */
export function sameValue(a: QueryValue, b: QueryValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item: QueryValue, i) => sameValue(item, b[i] as QueryValue))
  }
  return a === b
}

/** Numbers, and strings that are whole decimal numbers (a count in a store or an output). */
function asNumber(value: QueryValue): number | null {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value)
  return null
}

function partitionOf(
  world: WorldSnapshot,
  topic: string,
  partition: number,
): PartitionSnapshot | undefined {
  return world.topics.find((t) => t.name === topic)?.partitions[partition]
}

/** Records still in the log: of one partition, or of every partition when none is given. */
function recordsOf(
  world: WorldSnapshot,
  topic: string,
  partition: number | undefined,
): RecordSnapshot[] {
  const partitions = world.topics.find((t) => t.name === topic)?.partitions ?? []
  return partitions
    .filter((p) => partition === undefined || p.partition === partition)
    .flatMap((p) => p.segments.flatMap((s) => s.records))
}

function jobOf(world: WorldSnapshot, app: string): JobSnapshot | undefined {
  return world.jobs.find((j) => j.job === app)
}

/** Every task's part of the job's store, in task order. */
function storeOf(job: JobSnapshot | undefined): (readonly [string, string])[] {
  return job?.tasks.flatMap((t) => t.store) ?? []
}

function inputOf(world: WorldSnapshot, app: string, topic: string, partition: number) {
  for (const task of jobOf(world, app)?.tasks ?? []) {
    const input = task.inputs.find((i) => i.topic === topic && i.partition === partition)
    if (input) return input
  }
  return undefined
}
