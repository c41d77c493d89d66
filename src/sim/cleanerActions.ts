import type { CleaningPass } from './cleaningPass'
import { cleanOrStartPass } from './cleaningPass'
import type { EventSink } from './events'
import { logToClean } from './log/cleanable'
import { isCompacted } from './log/config'
import type { PartitionLog } from './log/partition'
import type { SimScenario } from './simScenario'
import type { TopicState, World } from './world'

/** Why the cleaner thread cannot take another job now: it is in the middle of a throttled pass. */
export function busyThread(pass: CleaningPass): string {
  return (
    `the cleaner thread is cleaning ${pass.topic}-${String(pass.partition)} until ` +
    `t=${String(pass.endsAt)} ms (log.cleaner.io.max.bytes.per.second throttles it)`
  )
}

/**
 * Mutates `world`: a cleaning pass over one chosen log, whatever its dirty ratio, from
 * `firstDirtyOffset` (the checkpoint's first dirty offset when null) up to the first uncleanable
 * offset: what Kafka's own cleaner tests do by handing `Cleaner.clean` a `LogToClean` of their
 * choice. The pass writes its end offset as the checkpoint, as a pass of the thread does; retention
 * does not run after it. Returns a refusal, or null.
 */
export function forceCleanerPass(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  target: { readonly topic: string; readonly partition: number },
  firstDirtyOffset: number | null,
): string | null {
  const found = compactedLog(world, scenario, target)
  if (typeof found === 'string') return found
  if (world.cleaning) return busyThread(world.cleaning)
  const { topic, log } = found
  if (firstDirtyOffset !== null) {
    const outside = outsideLog(log, firstDirtyOffset)
    if (outside !== null) return `the first dirty offset ${outside}`
  }
  const candidate = logToClean(
    log,
    topic.config,
    world.now,
    firstDirtyOffset ?? undefined,
    world.clockStartMs,
  )
  if (candidate.cleanableBytes === 0) {
    return (
      `nothing to clean in ${topic.name}-${String(log.partition)} from offset ` +
      `${String(candidate.firstDirtyOffset)}: the first uncleanable offset is ` +
      `${String(candidate.firstUncleanableOffset)} (the active segment and records within ` +
      'min.compaction.lag.ms are never cleaned)'
    )
  }
  cleanOrStartPass(
    world,
    scenario,
    sink,
    { topic, log, candidate },
    {
      forced: true,
      retentionAfter: false,
    },
  )
  return null
}

/**
 * Mutates `world`: writes a log's entry in the cleaner's `cleaner-offset-checkpoint` file. Any offset
 * is written as given; one below the log start offset or above the log end offset is reset to the
 * log start offset by the cleaner's next look at the log (`cleanableOffsets`), as Kafka does.
 */
export function setCleanerCheckpoint(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  target: { readonly topic: string; readonly partition: number },
  offset: number,
): string | null {
  const found = compactedLog(world, scenario, target)
  if (typeof found === 'string') return found
  const { topic, log } = found
  const pass = world.cleaning
  if (pass && pass.topic === topic.name && pass.partition === log.partition) {
    return `${busyThread(pass)}, and its end writes this checkpoint`
  }
  sink({
    type: 'cleaner.checkpointSet',
    time: world.now,
    topic: topic.name,
    partition: log.partition,
    from: log.cleanerCheckpoint,
    to: offset,
  })
  log.cleanerCheckpoint = offset
  return null
}

function compactedLog(
  world: World,
  scenario: SimScenario,
  target: { readonly topic: string; readonly partition: number },
): { topic: TopicState; log: PartitionLog } | string {
  if (!scenario.broker['log.cleaner.enable'])
    return 'the log cleaner is disabled (log.cleaner.enable=false)'
  const topic = world.topics.get(target.topic)
  if (!topic) return `topic ${target.topic} does not exist`
  const log = topic.partitions[target.partition]
  if (!log) return `${target.topic} has no partition ${String(target.partition)}`
  if (!isCompacted(topic.config)) {
    return `${target.topic} has cleanup.policy=delete: the log cleaner never cleans it`
  }
  return { topic, log }
}

function outsideLog(log: PartitionLog, offset: number): string | null {
  if (offset < log.logStartOffset)
    return `${String(offset)} is below the log start offset ${String(log.logStartOffset)}`
  if (offset > log.logEndOffset)
    return `${String(offset)} is above the log end offset ${String(log.logEndOffset)}`
  return null
}
