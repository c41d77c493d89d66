import type { TopicConfig } from './config'
import type { PartitionLog } from './partition'
import type { LogRecord } from './record'
import { isTombstone } from './record'
import type { Segment } from './segment'
import { sealedSegment, segmentRecords } from './segment'
import { segmentsInRange } from './cleanable'

/** Which tombstone rule the cleaner follows. */
export type TombstoneRule = 'kip-534' | 'legacy'

export interface CleanPassOptions {
  readonly config: TopicConfig
  readonly now: number
  /** Offset-map capacity in keys (`offsetMapCapacity`). */
  readonly offsetMapCapacity: number
  readonly tombstoneRule: TombstoneRule
  readonly firstDirtyOffset: number
  readonly firstUncleanableOffset: number
}

export interface CleanPassResult {
  /** The new first dirty offset (checkpoint): one past the last offset the offset map covered. */
  readonly endOffset: number
  /** True when the offset map filled up before the cleanable range ended. */
  readonly partial: boolean
  readonly keysIndexed: number
  readonly recordsRead: number
  readonly recordsRemoved: number
  readonly tombstonesStamped: readonly LogRecord[]
  readonly tombstonesDropped: readonly LogRecord[]
  readonly keylessDropped: number
  readonly segmentsBefore: number
  readonly segmentsAfter: number
}

interface OffsetMap {
  readonly latestOffsetByKey: Map<string, number>
  /** The last offset this pass indexed; records above it are kept untouched. */
  latestOffset: number
}

/**
 * Mutates `log`: one cleaning pass (Kafka's `Cleaner.doClean`). Builds an offset map of the latest
 * offset per key over the dirty range, then recopies every segment from the start of the log up to
 * the covered end in size groups, keeping a record unless a later record with the same key was
 * indexed, or it is a tombstone whose delete horizon has passed. Offsets and timestamps are kept;
 * removed records leave gaps; the log start offset never moves.
 */
export function cleanLogInPlace(log: PartitionLog, options: CleanPassOptions): CleanPassResult {
  const { config, firstDirtyOffset, firstUncleanableOffset } = options
  const segmentsBefore = log.segments.length
  const map = buildOffsetMap(
    log,
    firstDirtyOffset,
    firstUncleanableOffset,
    options.offsetMapCapacity,
  )
  const endOffset = map.latestOffset + 1
  const legacyHorizon = legacyDeleteHorizon(log, firstDirtyOffset, config)
  const retain = createRetainRule(map, options, legacyHorizon)

  const sources = segmentsInRange(log, 0, endOffset)
  const groups = groupSegmentsBySize(sources, config['segment.bytes'])
  const cleaned: Segment[] = []
  let recordsRead = 0
  for (const group of groups) {
    const kept: LogRecord[] = []
    for (const segment of group) {
      const records = segmentRecords(segment)
      recordsRead += records.length
      for (const record of records) {
        const decision = retain(record, segment)
        if (decision) kept.push(decision)
      }
    }
    const first = group[0]
    const last = group[group.length - 1]
    if (!first || !last) continue
    // The cleaned file keeps the last source segment's mtime.
    cleaned.push(sealedSegment(first.baseOffset, kept, last.lastModified))
  }
  log.segments.splice(0, sources.length, ...cleaned)
  log.cleanerCheckpoint = endOffset

  return {
    endOffset,
    partial: endOffset < firstUncleanableOffset,
    keysIndexed: map.latestOffsetByKey.size,
    recordsRead,
    recordsRemoved: retain.stats.removed,
    tombstonesStamped: retain.stats.stamped,
    tombstonesDropped: retain.stats.dropped,
    keylessDropped: retain.stats.keyless,
    segmentsBefore,
    segmentsAfter: log.segments.length,
  }
}

/**
 * Kafka's `buildOffsetMap`: scans the dirty segments in offset order, storing key → latest offset.
 * When the map is full (checked before looking the key up) the scan stops mid-segment. After a fully
 * scanned segment the covered end jumps to the next segment's base, so offset gaps are skipped.
 */
function buildOffsetMap(
  log: PartitionLog,
  start: number,
  end: number,
  capacity: number,
): OffsetMap {
  const map: OffsetMap = { latestOffsetByKey: new Map(), latestOffset: -1 }
  const dirty = segmentsInRange(log, start, end)
  for (let i = 0; i < dirty.length; i++) {
    const segment = dirty[i]
    if (!segment) break
    for (const record of segmentRecords(segment)) {
      if (record.offset < start) continue
      if (record.key !== null) {
        if (map.latestOffsetByKey.size >= capacity) return map
        map.latestOffsetByKey.set(record.key, record.offset)
      }
      map.latestOffset = record.offset
    }
    map.latestOffset = (dirty[i + 1]?.baseOffset ?? end) - 1
  }
  return map
}

/**
 * Kafka's `groupSegmentsBySize`: consecutive segments merge into one output segment while the sum of
 * their pre-clean sizes stays within `segment.bytes`. Simplification: index sizes are not modelled.
 */
function groupSegmentsBySize(segments: readonly Segment[], maxSize: number): Segment[][] {
  const groups: Segment[][] = []
  let i = 0
  while (i < segments.length) {
    const first = segments[i]
    if (!first) break
    const group = [first]
    let size = first.size
    i++
    for (let next = segments[i]; next && size + next.size <= maxSize; next = segments[i]) {
      group.push(next)
      size += next.size
      i++
    }
    groups.push(group)
  }
  return groups
}

/**
 * The legacy (< 3.1) horizon: the last clean segment's mtime minus `delete.retention.ms`. With no
 * clean section Kafka uses 0, below any real mtime, so nothing is dropped; simulated time starts at 0,
 * so the simulator uses -∞ to keep that meaning.
 */
function legacyDeleteHorizon(log: PartitionLog, firstDirtyOffset: number, config: TopicConfig) {
  const clean = segmentsInRange(log, 0, firstDirtyOffset)
  const lastClean = clean[clean.length - 1]
  return lastClean
    ? lastClean.lastModified - config['delete.retention.ms']
    : Number.NEGATIVE_INFINITY
}

interface RetainStats {
  removed: number
  keyless: number
  stamped: LogRecord[]
  dropped: LogRecord[]
}

/**
 * Kafka's `shouldRetainRecord`, plus KIP-534 stamping: returns the record to keep (possibly a copy
 * with its delete horizon set) or null to drop it. Stamping applies to every kept tombstone without
 * a horizon, including those past the indexed range of a partial pass (`MemoryRecords.filterTo`).
 */
function createRetainRule(map: OffsetMap, options: CleanPassOptions, legacyHorizon: number) {
  const stats: RetainStats = { removed: 0, keyless: 0, stamped: [], dropped: [] }
  const deleteRetentionMs = options.config['delete.retention.ms']
  const stampIfNeeded = (record: LogRecord): LogRecord => {
    if (options.tombstoneRule === 'legacy' || !isTombstone(record)) return record
    if (record.deleteHorizonMs !== undefined) return record
    const stamped = { ...record, deleteHorizonMs: options.now + deleteRetentionMs }
    stats.stamped.push(stamped)
    return stamped
  }
  const retain = (record: LogRecord, segment: Segment): LogRecord | null => {
    if (record.offset > map.latestOffset) return stampIfNeeded(record)
    if (record.key === null) {
      stats.removed++
      stats.keyless++
      return null
    }
    const latest = map.latestOffsetByKey.get(record.key) ?? -1
    if (record.offset < latest) {
      stats.removed++
      return null
    }
    if (!isTombstone(record)) return record
    if (options.tombstoneRule === 'legacy') {
      if (segment.lastModified > legacyHorizon) return record
    } else if (record.deleteHorizonMs === undefined || options.now < record.deleteHorizonMs) {
      return stampIfNeeded(record)
    }
    stats.removed++
    stats.dropped.push(record)
    return null
  }
  return Object.assign(retain, { stats })
}
