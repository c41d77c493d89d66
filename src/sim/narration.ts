import { ACTION_NAMES } from './actionWords'
import { assertNever } from './assert'
import type { SimEvent } from './events'
import { narrateJobEvent } from './jobs/narration'
import { isolate } from './userText'

/** How many offsets a reset skips, as the end of a sentence ('' when none). */
function skippedClause(skipped: number): string {
  return skipped > 0 ? `, so ${plural(skipped, 'offset')} will never be delivered to it` : ''
}

/** One plain-language sentence for an event, for the narration panel and the event log. */
export function narrate(event: SimEvent): string {
  switch (event.type) {
    case 'record.appended':
      return event.key !== null && event.value === null
        ? `A tombstone for key "${isolate(event.key)}" was appended to ${tp(event)} at offset ${event.offset}.`
        : `${describeKey(event.key)} was appended to ${tp(event)} at offset ${event.offset}.`
    case 'produce.rejected':
      return `The broker rejected a batch of ${plural(event.count, 'record')} for ${tp(event)} with ${event.error}: ${event.reason}.`
    case 'segment.rolled':
      return `${tp(event)} rolled a new active segment at offset ${event.baseOffset} (${rollCause(event.reason)}).`
    case 'segment.deleted':
      return event.archived
        ? `Local retention deleted the broker's copy of offsets ${event.baseOffset}–${event.endOffset - 1} of ${tp(event)} (${plural(event.recordCount, 'record')}, ${retentionCause(event.reason, true)}); the archive still holds them.`
        : `Retention deleted the segment holding offsets ${event.baseOffset}–${event.endOffset - 1} of ${tp(event)} (${plural(event.recordCount, 'record')}, ${retentionCause(event.reason)}).`
    case 'segment.archived':
      return `The remote log manager copied the rolled segment holding offsets ${event.baseOffset}–${event.endOffset - 1} of ${tp(event)} (${plural(event.recordCount, 'record')}) to the archive (remote storage).`
    case 'archive.segmentDeleted':
      return `The archive dropped offsets ${event.baseOffset}–${event.endOffset - 1} of ${tp(event)} (${plural(event.recordCount, 'record')}, ${retentionCause(event.reason)}); they are gone from both tiers.`
    case 'localLogStartOffset.advanced':
      return `The local log start offset of ${tp(event)} moved from ${event.from} to ${event.to}; offsets below ${event.to} are read from the archive, more slowly.`
    case 'logStartOffset.advanced':
      return `The log start offset of ${tp(event)} moved from ${event.from} to ${event.to}; offsets below ${event.to} can no longer be read.`
    case 'retention.checked':
      return event.segmentsDeleted === 0
        ? `The ${event.by} checked retention on ${plural(event.logs, 'log')}; nothing was due.`
        : `The ${event.by} checked retention on ${plural(event.logs, 'log')} and deleted ${plural(event.segmentsDeleted, 'segment')}.`
    case 'cleaner.pass':
      return (
        `The log cleaner ${event.startedAt === undefined ? '' : `finished the pass it began at t=${event.startedAt} ms and `}` +
        `compacted ${tp(event)} (${event.forced ? 'a forced pass, ' : ''}dirty ratio ${event.dirtyRatio.toFixed(2)}` +
        `${event.forcedByMaxLag ? ', forced by max.compaction.lag.ms' : ''}): ` +
        `${plural(event.recordsRemoved, 'record')} removed, checkpoint now ${event.endOffset}` +
        `${event.partial ? ' (the offset map filled up, so the pass stopped early)' : ''}.`
      )
    case 'cleaner.passStarted':
      return (
        `The log cleaner began ${event.forced ? 'a forced pass' : 'a pass'} over ${tp(event)} ` +
        `(offsets ${event.firstDirtyOffset}–${event.firstUncleanableOffset - 1} dirty, ratio ` +
        `${event.dirtyRatio.toFixed(2)}): throttled by log.cleaner.io.max.bytes.per.second, its ` +
        `${event.ioBytes} units of reads and writes take until t=${event.endsAt} ms; until then ` +
        'readers still see every record it will remove.'
      )
    case 'cleaner.passAborted':
      return `The log cleaner abandoned its pass over ${tp(event)}: ${event.reason}.`
    case 'cleaner.checkpointSet':
      return `The cleaner checkpoint of ${tp(event)} was set to ${event.to} (was ${event.from ?? 'none'}): the next pass starts its offset map there.`
    case 'tombstone.stamped':
      return `The cleaner kept the tombstone for "${isolate(event.key)}" at offset ${event.offset} and stamped its delete horizon: it can go at the first pass from t=${event.deleteHorizonMs} ms.`
    case 'tombstone.dropped':
      return `The cleaner removed the tombstone for "${isolate(event.key)}" at offset ${event.offset}; its delete horizon had passed.`
    case 'cleaner.idle':
      return `The log cleaner found no log to clean (${event.reason}).`
    case 'records.deleted':
      return `DeleteRecords on ${tp(event)} up to offset ${event.offset}.`
    case 'consumer.fetched':
      return event.count === 0
        ? `Consumer ${event.consumer} fetched from offset ${event.from} and got nothing new.`
        : `Consumer ${event.consumer} fetched ${plural(event.count, 'record')} (offsets ${event.firstOffset}–${event.lastOffset})${event.fromArchive ? ' from the archive (a remote read, slower than the local disk)' : ''}; its position is now ${event.nextPosition}.`
    case 'consumer.offsetOutOfRange':
      if (event.awaitingReset === true)
        return `Consumer ${event.consumer}'s Fetch for offset ${event.position} got OFFSET_OUT_OF_RANGE; it marks the partition for reset, and its next request asks for the ${event.reset} offset (auto.offset.reset=${event.reset}).`
      return event.newPosition === null
        ? `Consumer ${event.consumer} asked for offset ${event.position}, which is out of range; with auto.offset.reset=none it stops with an error.`
        : `Consumer ${event.consumer} asked for offset ${event.position}, which is out of range; auto.offset.reset=${event.reset} moved it to ${event.newPosition}${skippedClause(event.skipped)}.`
    case 'consumer.offsetReset':
      return `Consumer ${event.consumer} asked the broker for the ${event.reset} offset (ListOffsets) and moved from ${event.position} to ${event.newPosition}${skippedClause(event.skipped)}.`
    case 'consumer.fetchFailed':
      return `Consumer ${event.consumer} could not read ${tp(event)}: the partition is offline (no leader: LEADER_NOT_AVAILABLE), so its poll returns nothing from it and its position stays${event.position === null ? ' unset' : ` at ${event.position}`}; it tries again at its next poll.`
    case 'consumer.noOffset':
      return `Consumer ${event.consumer} has no position and auto.offset.reset=none: its poll fails with NoOffsetForPartitionException and reads nothing.`
    case 'consumer.restarted':
      return `Consumer ${event.consumer} restarted with auto.offset.reset=${event.autoOffsetReset}; with no consumer group and no committed offset it has no position, so its first poll starts where that setting says.`
    case 'consumer.positioned':
      return event.cause === 'seek'
        ? `Consumer ${event.consumer} seeked to offset ${event.position}.`
        : `Consumer ${event.consumer} had no position, so auto.offset.reset placed it at offset ${event.position}.`
    case 'topic.configChanged':
      return `The configuration of ${event.topic} changed: ${Object.entries(event.changes)
        .map(([name, value]) => `${name}=${String(value)}`)
        .join(', ')}.`
    case 'maintenance.changed':
      return event.periodic
        ? 'Periodic retention checks and the cleaner thread are running.'
        : 'Periodic retention checks and the cleaner thread are paused; only scripted passes run.'
    case 'topic.created':
      return `${event.by} created topic ${event.topic} (${plural(event.partitions, 'partition')}) as ${event.purpose === 'output' ? 'an output' : `a ${event.purpose}`} topic.`
    case 'topic.deleted':
      return `Topic ${event.topic} was deleted.`
    case 'broker.failed':
      return `Broker ${event.broker} failed: it leaves every ISR, and partitions it led move to another in-sync replica.`
    case 'broker.recovered':
      return `Broker ${event.broker} is back: its replicas copy what they missed from the leaders and rejoin the ISR.`
    case 'leader.changed':
      return event.to === null
        ? `${tp(event)} is offline: no in-sync replica is up to lead it (unclean leader election is off), so it can be neither written nor read.`
        : `Broker ${event.to} is now the leader of ${tp(event)}${event.from === null ? ', which is back online' : ` (was broker ${event.from})`}.`
    case 'host.failed':
      return `Host ${event.host} failed; the job containers on it die and will restart elsewhere.`
    case 'host.recovered':
      return `Host ${event.host} is back and can run containers again.`
    case 'job.started':
    case 'job.sharedChangelog':
    case 'job.restoring':
    case 'job.restored':
    case 'job.positioned':
    case 'job.offsetOutOfRange':
    case 'job.processed':
    case 'job.staleWritesSkipped':
    case 'job.committed':
    case 'job.caughtUp':
    case 'job.stopped':
    case 'job.crashed':
    case 'checkpoint.written':
    case 'job.decommissioned':
      return narrateJobEvent(event)
    case 'action.refused':
      return `Refused ${ACTION_NAMES[event.action]}: ${event.reason}.`
    default:
      return assertNever(event)
  }
}

function tp(event: { topic: string; partition: number }): string {
  return `${event.topic}-${event.partition}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function describeKey(key: string | null): string {
  return key === null ? 'A record without a key' : `A record for key "${isolate(key)}"`
}

function rollCause(reason: string): string {
  switch (reason) {
    case 'segment.bytes':
      return 'the next batch would have made the active one exceed segment.bytes'
    case 'segment.ms':
      return 'the next record is more than segment.ms newer than the segment’s first one'
    case 'retention':
      return 'every segment was due for deletion, so the log rolled an empty one first'
    default:
      return 'an explicit roll'
  }
}

/** Why retention took a segment; `local` names a tiered topic's local limits. */
function retentionCause(reason: string, local = false): string {
  const prefix = local ? 'local.' : ''
  switch (reason) {
    case 'retention.ms':
      return `its newest record is older than ${prefix}retention.ms`
    case 'retention.bytes':
      return `the ${local ? 'local log' : 'partition'} was larger than ${prefix}retention.bytes`
    default:
      return 'it lies wholly below the log start offset'
  }
}
