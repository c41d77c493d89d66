import type { EventSink } from './events'
import type { CleanPassResult } from './log/cleaner'
import { cleanLogInPlace } from './log/cleaner'
import type { LogToClean } from './log/cleanable'
import { segmentsInRange } from './log/cleanable'
import { offsetMapCapacity } from './log/config'
import type { PartitionLog } from './log/partition'
import { logWithSegments } from './log/partition'
import type { Segment } from './log/segment'
import type { SimScenario } from './simScenario'
import type { TopicState, World } from './world'
import { scheduleEvent } from './world'

/**
 * A cleaning pass the cleaner thread is in the middle of: one that `log.cleaner.io.max.bytes.per.second`
 * throttles takes simulated time, and its result replaces the log's segments only at its end.
 * Immutable, so copies of the world share it.
 */
export interface CleaningPass {
  readonly topic: string
  /** The topic's `TopicState.incarnation`: a topic deleted (and made again) aborts the pass. */
  readonly topicIncarnation: number
  readonly partition: number
  readonly startedAt: number
  readonly endsAt: number
  readonly candidate: LogToClean
  /** True for a pass an action forced on this log (`cleaner.clean`), not the thread's own pick. */
  readonly forced: boolean
  /** The thread's iteration runs retention on the compacted logs once its pass is done. */
  readonly retentionAfter: boolean
  /** The segments the pass read, as they were at its start, and the segments that replace them. */
  readonly sources: readonly Segment[]
  readonly cleaned: readonly Segment[]
  readonly result: CleanPassResult
}

/** How the pass came about: the thread's pick (with retention after it), or a forced pass. */
export interface PassOrigin {
  readonly forced: boolean
  readonly retentionAfter: boolean
}

/**
 * How long a pass that reads and writes `ioBytes` takes under the throttle: Kafka's `Throttler` sleeps
 * until the bytes seen match the rate (rounding its sleep to a millisecond), so with Kafka's default,
 * Double.MaxValue, a pass takes no time at all.
 */
export function passDurationMs(ioBytes: number, maxBytesPerSecond: number): number {
  return Math.round((ioBytes * 1000) / maxBytesPerSecond)
}

/**
 * Mutates `world`: cleans `log` over the candidate's range. A pass the throttle gives no duration is
 * applied now (returns 'cleaned'); otherwise the pass is worked out now on a copy of the log, the
 * log stays as it is until the pass ends, and a `cleaner.passEnd` event applies it then ('started').
 */
export function cleanOrStartPass(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  target: {
    readonly topic: TopicState
    readonly log: PartitionLog
    readonly candidate: LogToClean
  },
  origin: PassOrigin,
): 'cleaned' | 'started' {
  const { topic, log, candidate } = target
  const draft = logWithSegments(log, log.segments.slice())
  const result = cleanLogInPlace(draft, passOptions(scenario, topic, candidate, world.now))
  const durationMs = passDurationMs(
    result.ioBytes,
    scenario.broker['log.cleaner.io.max.bytes.per.second'],
  )
  if (durationMs === 0) {
    log.segments = draft.segments
    log.cleanerCheckpoint = draft.cleanerCheckpoint
    emitPassEvents(sink, world.now, topic, log.partition, candidate, result, origin.forced, null)
    return 'cleaned'
  }
  const sourceCount = segmentsInRange(log, 0, result.endOffset).length
  const untouched = log.segments.length - sourceCount
  const pass: CleaningPass = {
    topic: topic.name,
    topicIncarnation: topic.incarnation,
    partition: log.partition,
    startedAt: world.now,
    endsAt: world.now + durationMs,
    candidate,
    forced: origin.forced,
    retentionAfter: origin.retentionAfter,
    sources: log.segments.slice(0, sourceCount),
    cleaned: draft.segments.slice(0, draft.segments.length - untouched),
    result,
  }
  world.cleaning = pass
  scheduleEvent(world, { kind: 'cleaner.passEnd', time: pass.endsAt })
  sink({
    type: 'cleaner.passStarted',
    time: world.now,
    topic: topic.name,
    partition: log.partition,
    firstDirtyOffset: candidate.firstDirtyOffset,
    firstUncleanableOffset: candidate.firstUncleanableOffset,
    dirtyRatio: candidate.cleanableRatio,
    ioBytes: result.ioBytes,
    endsAt: pass.endsAt,
    ...(origin.forced ? { forced: true as const } : {}),
  })
  return 'started'
}

/**
 * Mutates `world`: ends the pass in progress. Its segments replace the ones it read, unless those
 * changed meanwhile (DeleteRecords), in which case the pass is worked out again on the log as it is,
 * with the clock of its start (Kafka stamps and judges tombstones by the time a pass began).
 * A topic deleted during the pass aborts it. Returns the pass, or null when none was running.
 */
export function finishPass(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
): CleaningPass | null {
  const pass = world.cleaning
  if (!pass) return null
  world.cleaning = null
  const topic = world.topics.get(pass.topic)
  const log = topic?.partitions[pass.partition]
  if (!topic || !log || topic.incarnation !== pass.topicIncarnation) {
    sink({
      type: 'cleaner.passAborted',
      time: world.now,
      topic: pass.topic,
      partition: pass.partition,
      reason: 'the topic was deleted during the pass',
    })
    return pass
  }
  let result = pass.result
  if (startsWith(log.segments, pass.sources)) {
    log.segments.splice(0, pass.sources.length, ...pass.cleaned)
    log.cleanerCheckpoint = result.endOffset
  } else {
    result = cleanLogInPlace(log, passOptions(scenario, topic, pass.candidate, pass.startedAt))
  }
  emitPassEvents(
    sink,
    world.now,
    topic,
    log.partition,
    pass.candidate,
    result,
    pass.forced,
    pass.startedAt,
  )
  return pass
}

function startsWith(segments: readonly Segment[], prefix: readonly Segment[]): boolean {
  return prefix.every((segment, i) => segments[i] === segment)
}

function passOptions(
  scenario: SimScenario,
  topic: TopicState,
  candidate: LogToClean,
  now: number,
): Parameters<typeof cleanLogInPlace>[1] {
  return {
    config: topic.config,
    now,
    offsetMapCapacity: offsetMapCapacity(scenario.broker),
    tombstoneRule: scenario.tombstoneRule,
    firstDirtyOffset: candidate.firstDirtyOffset,
    firstUncleanableOffset: candidate.firstUncleanableOffset,
  }
}

function emitPassEvents(
  sink: EventSink,
  time: number,
  topic: TopicState,
  partition: number,
  candidate: LogToClean,
  result: CleanPassResult,
  forced: boolean,
  startedAt: number | null,
): void {
  const at = { time, topic: topic.name, partition }
  for (const r of result.tombstonesStamped) {
    if (r.key !== null && r.deleteHorizonMs !== undefined) {
      sink({
        type: 'tombstone.stamped',
        ...at,
        offset: r.offset,
        key: r.key,
        deleteHorizonMs: r.deleteHorizonMs,
      })
    }
  }
  for (const r of result.tombstonesDropped) {
    if (r.key !== null) sink({ type: 'tombstone.dropped', ...at, offset: r.offset, key: r.key })
  }
  sink({
    type: 'cleaner.pass',
    ...at,
    firstDirtyOffset: candidate.firstDirtyOffset,
    endOffset: result.endOffset,
    firstUncleanableOffset: candidate.firstUncleanableOffset,
    dirtyRatio: candidate.cleanableRatio,
    forcedByMaxLag:
      !forced &&
      candidate.needCompactionNow &&
      candidate.cleanableRatio <= topic.config['min.cleanable.dirty.ratio'],
    partial: result.partial,
    recordsRead: result.recordsRead,
    recordsRemoved: result.recordsRemoved,
    tombstonesStamped: result.tombstonesStamped.length,
    tombstonesDropped: result.tombstonesDropped.length,
    segmentsBefore: result.segmentsBefore,
    segmentsAfter: result.segmentsAfter,
    ...(startedAt === null ? {} : { startedAt }),
    ...(forced ? { forced: true as const } : {}),
  })
}
