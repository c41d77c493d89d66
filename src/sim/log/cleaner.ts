import type { TopicConfig } from './config'
import type { PartitionLog } from './partition'
import type { LogRecord } from './record'
import type { RecordColumns } from './recordColumns'
import {
  copyRowInPlace,
  createColumns,
  isTombstoneAt,
  offsetAt,
  recordAt,
  sizeAt,
  valueCharsAt,
} from './recordColumns'
import { NO_KEY, type KeyTable } from './keyTable'
import type { Segment } from './segment'
import { sealedSegment } from './segment'
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
  /**
   * What the pass reads and writes, in size units, as Kafka's throttler counts it: the dirty records
   * read to build the offset map, every segment read again to recopy it, and the records written.
   */
  readonly ioBytes: number
  readonly recordsRemoved: number
  readonly tombstonesStamped: readonly LogRecord[]
  readonly tombstonesDropped: readonly LogRecord[]
  readonly keylessDropped: number
  readonly segmentsBefore: number
  readonly segmentsAfter: number
}

interface OffsetMap {
  /** Latest indexed offset by key id, -1 where the key was not indexed. */
  readonly latestOffsetByKeyId: Float64Array
  /** How many keys are indexed (the map's `size`). */
  keys: number
  /** The last offset this pass indexed; records above it are kept untouched. */
  latestOffset: number
  /** Size of the records read to build the map. */
  bytesRead: number
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
  const stampedHorizon = options.now + config['delete.retention.ms']

  const sources = segmentsInRange(log, 0, endOffset)
  const groups = groupSegmentsBySize(sources, config['segment.bytes'])
  const cleaned: Segment[] = []
  let recordsRead = 0
  let ioBytes = map.bytesRead
  for (const group of groups) {
    const first = group[0]
    const last = group[group.length - 1]
    if (!first || !last) continue
    for (const segment of group) {
      recordsRead += segment.count
      ioBytes += segment.size
    }
    const kept = cleanGroup(group, log.keyTable, retain, stampedHorizon)
    // A segment the pass leaves exactly as it was stays the same (sealed, never changed) segment,
    // so keyframes taken after many passes over thousands of small segments share it rather than
    // each holding a new object per segment. Otherwise the cleaned file keeps the last source
    // segment's mtime.
    const segment =
      group.length === 1 && kept === first.columns
        ? first
        : sealedSegment(first.baseOffset, kept, last.lastModified)
    ioBytes += segment.size
    cleaned.push(segment)
  }
  log.segments.splice(0, sources.length, ...cleaned)
  log.cleanerCheckpoint = endOffset

  return {
    endOffset,
    partial: endOffset < firstUncleanableOffset,
    keysIndexed: map.keys,
    recordsRead,
    ioBytes,
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
  const latestOffsetByKeyId = new Float64Array(log.keyTable.keys.length).fill(-1)
  // Counted in locals, not in the map's fields: this loop reads every dirty row of the log.
  let keys = 0
  let latestOffset = -1
  let bytesRead = 0
  const dirty = segmentsInRange(log, start, end)
  for (let i = 0; i < dirty.length; i++) {
    const segment = dirty[i]
    if (!segment) break
    const columns = segment.columns
    const keyIds = columns.keyIds
    for (let row = 0; row < segment.count; row++) {
      const offset = offsetAt(columns, row)
      if (offset < start) continue
      const keyId = keyIds[row] ?? NO_KEY
      if (keyId !== NO_KEY) {
        if (keys >= capacity) return { latestOffsetByKeyId, keys, latestOffset, bytesRead }
        if (latestOffsetByKeyId[keyId] === -1) keys++
        latestOffsetByKeyId[keyId] = offset
      }
      latestOffset = offset
      bytesRead += sizeAt(columns, row)
    }
    latestOffset = (dirty[i + 1]?.baseOffset ?? end) - 1
  }
  return { latestOffsetByKeyId, keys, latestOffset, bytesRead }
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
 * The rows of `group` that `retain` keeps, copied into new columns of exactly their size: fresh
 * typed arrays are costly (zeroed pages), so every row is decided first and copied after.
 */
function cleanGroup(
  group: readonly Segment[],
  keyTable: KeyTable,
  retain: RetainRule,
  stampedHorizon: number,
): RecordColumns {
  let rows = 0
  let chars = 0
  const decisions = group.map((segment) => {
    const decided = new Uint8Array(segment.count)
    for (let row = 0; row < segment.count; row++) {
      const decision = retain(segment.columns, row, segment)
      decided[row] = decision
      if (decision === DECISION.drop) continue
      rows++
      chars += valueCharsAt(segment.columns, row)
    }
    return decided
  })
  const only = group.length === 1 ? group[0] : undefined
  // A segment the pass leaves exactly as it was keeps its storage: the copy would hold the same rows,
  // and sharing it keeps many passes over many small segments from costing a copy of the log each.
  if (only && rows === only.count && only.columns.length === only.count && !stampsAny(decisions)) {
    return only.columns
  }
  const kept = createColumns(keyTable, { rows, chars })
  group.forEach((segment, i) => {
    const decided = decisions[i]
    for (let row = 0; row < segment.count; row++) {
      const decision = decided?.[row]
      if (decision === DECISION.keep) {
        copyRowInPlace(segment.columns, row, kept)
      } else if (decision === DECISION.stamp) {
        copyRowInPlace(segment.columns, row, kept, stampedHorizon)
        retain.stats.stamped.push(recordAt(kept, kept.length - 1))
      }
    }
  })
  return kept
}

function stampsAny(decisions: readonly Uint8Array[]): boolean {
  return decisions.some((decided) => decided.includes(DECISION.stamp))
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

/** What the cleaner does with one record: drop it, keep it, or keep it with its horizon stamped. */
const DECISION = { drop: 0, keep: 1, stamp: 2 } as const
type Decision = (typeof DECISION)[keyof typeof DECISION]

type RetainRule = ReturnType<typeof createRetainRule>

/**
 * Kafka's `shouldRetainRecord`, plus KIP-534 stamping: every kept tombstone without a horizon is
 * stamped, including those past the indexed range of a partial pass (`MemoryRecords.filterTo`).
 */
function createRetainRule(map: OffsetMap, options: CleanPassOptions, legacyHorizon: number) {
  const stats: RetainStats = { removed: 0, keyless: 0, stamped: [], dropped: [] }
  const keepOrStamp = (columns: RecordColumns, row: number): Decision => {
    if (options.tombstoneRule === 'legacy' || !isTombstoneAt(columns, row)) return DECISION.keep
    return columns.deleteHorizons.has(row) ? DECISION.keep : DECISION.stamp
  }
  const retain = (columns: RecordColumns, row: number, segment: Segment): Decision => {
    const offset = offsetAt(columns, row)
    if (offset > map.latestOffset) return keepOrStamp(columns, row)
    const keyId = columns.keyIds[row] ?? NO_KEY
    if (keyId === NO_KEY) {
      stats.removed++
      stats.keyless++
      return DECISION.drop
    }
    if (offset < (map.latestOffsetByKeyId[keyId] ?? -1)) {
      stats.removed++
      return DECISION.drop
    }
    if (!isTombstoneAt(columns, row)) return DECISION.keep
    const deleteHorizonMs = columns.deleteHorizons.get(row)
    if (options.tombstoneRule === 'legacy') {
      if (segment.lastModified > legacyHorizon) return DECISION.keep
    } else if (deleteHorizonMs === undefined || options.now < deleteHorizonMs) {
      return keepOrStamp(columns, row)
    }
    stats.removed++
    stats.dropped.push(recordAt(columns, row))
    return DECISION.drop
  }
  return Object.assign(retain, { stats })
}
