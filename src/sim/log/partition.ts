import type { RngState } from '../random'
import type { Refilled } from '../refilled'
import { nextIntInPlace } from '../random'
import type { SizeModel } from './sizeModel'
import { recordSize } from './sizeModel'
import type { TopicConfig } from './config'
import { isCompacted, maxSegmentMs } from './config'
import type { ProducedRecord } from './record'
import type { ColumnsCapacity } from './recordColumns'
import { usedCapacity } from './recordColumns'
import { internKey, internProducer, type KeyTable } from './keyTable'
import type { Segment } from './segment'
import { appendToSegmentInPlace, cloneSegment, createSegment } from './segment'

/** One partition's log. The last segment is the active one. */
export interface PartitionLog {
  readonly topic: string
  readonly partition: number
  /** The world's key table, shared with every other log and every copy (see `KeyTable`). */
  readonly keyTable: KeyTable
  segments: Segment[]
  /** The lowest offset a reader may fetch; below `localLogStartOffset` it is served from the archive. */
  logStartOffset: number
  /**
   * The first offset still on the broker's disk (`UnifiedLog.localLogStartOffset`). Equal to
   * `logStartOffset` unless the topic is tiered and local retention deleted archived segments.
   */
  localLogStartOffset: number
  /** Segments copied to remote storage (KIP-405), oldest first; empty unless the topic is tiered. */
  archive: readonly ArchivedSegment[]
  logEndOffset: number
  /** First dirty offset written by the cleaner (`cleaner-offset-checkpoint`), or null. */
  cleanerCheckpoint: number | null
}

/**
 * A rolled segment as the remote log manager copied it. Sealed segments never change, so the
 * archive holds the same segment the local log had: the copy costs nothing to keep.
 */
export interface ArchivedSegment {
  readonly segment: Segment
  /** The next segment's base offset when it was copied: the archived range is [base, end). */
  readonly endOffset: number
  readonly copiedAt: number
}

export type RollReason = 'segment.bytes' | 'segment.ms' | 'explicit' | 'retention'

export type AppendResult =
  | AppendAccepted
  | {
      readonly ok: false
      readonly error: 'INVALID_RECORD' | 'RECORD_BATCH_TOO_LARGE'
      readonly reason: string
    }

export interface AppendAccepted {
  readonly ok: true
  /** The first record's offset; the batch's records took the offsets from here on, in order. */
  readonly baseOffset: number
  readonly rolled: RollReason | null
}

/**
 * What every accepted append returns, refilled by the next: read it before appending again. Two
 * million batches are appended in the pipeline bench, and an object per append was among its
 * largest allocations.
 */
const accepted: Refilled<AppendAccepted> = {
  ok: true,
  baseOffset: 0,
  rolled: null,
}

/** A new, empty log; `capacity` is the room its first segment reserves (see `reservedRoom`). */
export function createPartitionLog(
  topic: string,
  partition: number,
  now: number,
  keyTable: KeyTable,
  capacity?: ColumnsCapacity,
): PartitionLog {
  return {
    topic,
    partition,
    keyTable,
    segments: [createSegment(keyTable, 0, now, 0, capacity)],
    logStartOffset: 0,
    localLogStartOffset: 0,
    archive: [],
    logEndOffset: 0,
    cleanerCheckpoint: null,
  }
}

export function activeSegment(log: PartitionLog): Segment {
  const active = log.segments[log.segments.length - 1]
  if (!active) throw new Error(`${log.topic}-${log.partition} has no segment`)
  return active
}

/** A copy that shares sealed segments and record storage (copy-on-write for the active one). */
export function clonePartitionLog(log: PartitionLog): PartitionLog {
  const segments = log.segments.slice()
  segments[segments.length - 1] = cloneSegment(activeSegment(log))
  return logWithSegments(log, segments)
}

/**
 * A copy of `log` holding `segments`. Spelled out in `createPartitionLog`'s order, not spread, so
 * the copy shares the original's hidden class (see `cloneSegment`).
 */
export function logWithSegments(log: PartitionLog, segments: Segment[]): PartitionLog {
  return {
    topic: log.topic,
    partition: log.partition,
    keyTable: log.keyTable,
    segments,
    logStartOffset: log.logStartOffset,
    localLogStartOffset: log.localLogStartOffset,
    archive: log.archive,
    logEndOffset: log.logEndOffset,
    cleanerCheckpoint: log.cleanerCheckpoint,
  }
}

/** Index of the segment with the greatest base offset ≤ `offset`, or -1. */
export function floorSegmentIndex(log: PartitionLog, offset: number): number {
  let lo = 0
  let hi = log.segments.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const segment = log.segments[mid]
    if (segment && segment.baseOffset <= offset) {
      found = mid
      lo = mid + 1
    } else {
      hi = mid - 1
    }
  }
  return found
}

/**
 * Mutates `log`: raises the log start offset to `offset` if that is higher. The local log start
 * follows it, since nothing below the log start may be read from either tier.
 */
export function raiseLogStartOffsetInPlace(log: PartitionLog, offset: number): void {
  if (offset > log.logStartOffset) log.logStartOffset = offset
  if (log.logStartOffset > log.localLogStartOffset) log.localLogStartOffset = log.logStartOffset
}

export function totalSize(log: PartitionLog): number {
  let size = 0
  for (const s of log.segments) size += s.size
  return size
}

/**
 * Mutates `log`: rolls a new active segment at the log end offset. Rolling an empty active segment
 * replaces it (Kafka deletes the empty one and creates a fresh file at the same base offset).
 */
export function rollInPlace(log: PartitionLog, now: number, rollJitterMs = 0): void {
  const active = activeSegment(log)
  // Reserve the room the previous segment took (as Kafka preallocates segment files), so a
  // segment's columns rarely grow: growing copies them and strains the GC with array buffers.
  const capacity = usedCapacity(active.columns, active.count)
  const fresh = createSegment(log.keyTable, log.logEndOffset, now, rollJitterMs, capacity)
  if (active.count === 0) log.segments[log.segments.length - 1] = fresh
  else log.segments.push(fresh)
}

/**
 * Why the active segment must roll before `incoming` is appended, or null (`LogSegment.shouldRoll`).
 * The check happens only on append; the batch then becomes the new segment's first.
 */
export function rollReasonForAppend(
  active: Segment,
  config: TopicConfig,
  batchSize: number,
  batchMaxTimestamp: number,
): RollReason | null {
  if (active.size > config['segment.bytes'] - batchSize) return 'segment.bytes'
  if (
    active.count > 0 &&
    batchMaxTimestamp - active.firstBatchTimestamp > maxSegmentMs(config) - active.rollJitterMs
  ) {
    return 'segment.ms'
  }
  return null
}

/** Kafka's `randomSegmentJitter`: uniform in [0, min(segment.jitter.ms, segment.ms)). */
function randomSegmentJitter(config: TopicConfig, rng: RngState): number {
  const jitter = config['segment.jitter.ms']
  return jitter > 0 ? nextIntInPlace(rng, Math.min(jitter, config['segment.ms'])) : 0
}

function hasKeylessRecord(
  records: readonly (ProducedRecord | undefined)[],
  from: number,
  to: number,
): boolean {
  for (let i = from; i < to; i++) if (records[i]?.key === null) return true
  return false
}

export interface AppendContext {
  readonly config: TopicConfig
  readonly sizeModel: SizeModel
  readonly now: number
  /** The broker's generator, for `segment.jitter.ms` (only drawn from when the jitter is set). */
  readonly jitterRng: RngState
  /** The producer sending the batch (stored with each record), when it has a name. */
  readonly producer?: string | null
}

/**
 * The size of each record of the batch being appended (index from its first record), measured
 * once: measuring reads every code unit of the key and the value, and was done twice per record.
 * Reused by every append; only the first entries of a batch are read.
 */
const batchSizes: number[] = []

/**
 * Mutates `log`: validates and appends one producer batch, records [from, to) of `records` (all of
 * them by default). A compacted topic rejects the whole batch when any record has no key
 * (`INVALID_RECORD`); a batch larger than `segment.bytes` is rejected too. An accepted append's
 * result is one object reused by the next (`accepted`).
 */
export function appendBatchInPlace(
  log: PartitionLog,
  records: readonly (ProducedRecord | undefined)[],
  ctx: AppendContext,
  from = 0,
  to = records.length,
): AppendResult {
  if (isCompacted(ctx.config) && hasKeylessRecord(records, from, to)) {
    return {
      ok: false,
      error: 'INVALID_RECORD',
      reason: 'a compacted topic cannot accept a record without a key',
    }
  }
  let batchSize = 0
  let batchMaxTimestamp = -1
  for (let i = from; i < to; i++) {
    const size = sizeInBatch(ctx.sizeModel, records, from, i)
    batchSizes[i - from] = size
    batchSize += size
    const timestamp = records[i]?.timestamp ?? -1
    if (timestamp > batchMaxTimestamp) batchMaxTimestamp = timestamp
  }
  if (batchSize > ctx.config['segment.bytes']) {
    return {
      ok: false,
      error: 'RECORD_BATCH_TOO_LARGE',
      reason: `the batch (${batchSize}) is larger than segment.bytes (${ctx.config['segment.bytes']})`,
    }
  }
  const rolled = rollReasonForAppend(activeSegment(log), ctx.config, batchSize, batchMaxTimestamp)
  if (rolled) rollInPlace(log, ctx.now, randomSegmentJitter(ctx.config, ctx.jitterRng))
  const active = activeSegment(log)
  // Kafka's rolling-based timestamp: the largest timestamp of the segment's first batch.
  if (active.count === 0) active.firstBatchTimestamp = batchMaxTimestamp
  const baseOffset = log.logEndOffset
  const producerId = internProducer(log.keyTable, ctx.producer ?? null)
  for (let i = from; i < to; i++) {
    const r = records[i]
    if (!r) break
    const keyId = r.keyId ?? internKey(log.keyTable, r.key)
    const size = batchSizes[i - from] ?? 0
    appendToSegmentInPlace(active, log.logEndOffset++, r, keyId, size, ctx.now, producerId)
  }
  accepted.baseOffset = baseOffset
  accepted.rolled = rolled
  return accepted
}

/**
 * The size of record `i` of the batch that starts at record `from`: under `kafka-v2` the batch's
 * first record carries the batch header.
 */
function sizeInBatch(
  model: SizeModel,
  records: readonly (ProducedRecord | undefined)[],
  from: number,
  i: number,
): number {
  const r = records[i]
  if (!r) return 0
  if (model !== 'kafka-v2' || i === from) return recordSize(model, r.key, r.value)
  const timestampDelta = r.timestamp - (records[from]?.timestamp ?? r.timestamp)
  return recordSize(model, r.key, r.value, { offsetDelta: i - from, timestampDelta })
}
