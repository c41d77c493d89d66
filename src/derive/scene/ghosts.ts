import type { SimEvent } from '../../sim'
import { formatSimTime } from './format'
import type { Ghost, ResetArrow } from './types'

/** How long deleted segments and reset arrows stay on the stage after they happen. */
export const GHOST_MS = 60_000
/** At most this many ghosts per lane (the newest), so a busy log keeps its room for live data. */
const MAX_GHOSTS = 3

type DeletedEvent = Extract<SimEvent, { type: 'segment.deleted' }>
type ArchiveDeletedEvent = Extract<SimEvent, { type: 'archive.segmentDeleted' }>
type ResetEvent = Extract<
  SimEvent,
  { type: 'consumer.offsetOutOfRange' | 'consumer.offsetReset' | 'job.offsetOutOfRange' }
>

/**
 * Why retention deleted a segment, in the words of the rule that deleted it (`retentionMs`: the
 * topic's `retention.ms`). From the archive, the time rule keeps a segment while its newest record
 * is younger than `retention.ms` (the broker's check there is `≤ now − retention.ms`).
 */
export function deletionWhy(
  event: DeletedEvent | ArchiveDeletedEvent,
  retentionMs: number,
): string {
  const at = formatSimTime(event.time)
  const fromArchive = event.type === 'archive.segmentDeleted'
  const offsets = `offsets ${event.baseOffset}–${event.endOffset - 1}`
  const records = `${event.recordCount} record${event.recordCount === 1 ? '' : 's'}`
  const what = `Segment ${event.baseOffset} (${offsets}, ${records}) was deleted${fromArchive ? ' from the archive' : ''} at ${at}`
  switch (event.reason) {
    case 'retention.ms': {
      const limit = `now − retention.ms (${at} − ${formatSimTime(retentionMs)} = ${formatSimTime(event.time - retentionMs)})`
      return fromArchive
        ? `${what} by retention: its newest record was written at or before ${limit}.`
        : `${what} by retention: its newest timestamp ${formatSimTime(event.newestTimestamp)} < ${limit}.`
    }
    case 'retention.bytes':
      return `${what} by retention: the partition was larger than retention.bytes, and the oldest segment goes first.`
    case 'log-start-offset':
      return `${what}: it lay wholly below the log start offset (raised by DeleteRecords).`
  }
}

function ghostLabel(event: DeletedEvent | ArchiveDeletedEvent): string {
  const by = event.reason === 'log-start-offset' ? 'below log start' : event.reason
  const where = event.type === 'archive.segmentDeleted' ? ' from archive' : ''
  return `deleted${where} at ${formatSimTime(event.time)} by ${by}`
}

/**
 * The lane's recently deleted segments (newest last, at most `MAX_GHOSTS`): what retention took in
 * the last `GHOST_MS`, from the events up to now. On a tiered topic, a local copy deleted while the
 * archive holds the segment is no ghost (the lane still draws it, as archived); the archive's own
 * deletions are.
 */
export function laneGhosts(
  history: readonly SimEvent[],
  topic: string,
  partition: number,
  now: number,
  retentionMs: number,
): Ghost[] {
  const ghosts: Ghost[] = []
  for (const event of history) {
    if (event.type !== 'segment.deleted' && event.type !== 'archive.segmentDeleted') continue
    if (event.type === 'segment.deleted' && event.archived === true) continue
    if (event.topic !== topic || event.partition !== partition) continue
    if (event.time > now || event.time < now - GHOST_MS) continue
    ghosts.push({
      id: `${topic}-${partition}~${event.baseOffset}`,
      baseOffset: event.baseOffset,
      endOffset: event.endOffset,
      recordCount: event.recordCount,
      deletedAt: event.time,
      label: ghostLabel(event),
      why: deletionWhy(event, retentionMs),
    })
  }
  return ghosts.slice(-MAX_GHOSTS)
}

/**
 * Readers of the lane that asked for an offset outside the log in the last `GHOST_MS`: the offset
 * asked for, where `auto.offset.reset` put them, and the range they skip.
 */
export function laneResets(
  history: readonly SimEvent[],
  topic: string,
  partition: number,
  now: number,
): ResetArrow[] {
  const arrows: ResetArrow[] = []
  for (const event of history) {
    if (!isReset(event)) continue
    if (event.topic !== topic || event.partition !== partition) continue
    if (event.time > now || event.time < now - GHOST_MS || event.newPosition === null) continue
    const reader = event.type === 'job.offsetOutOfRange' ? event.job : event.consumer
    const resetTo = event.newPosition
    arrows.push({
      id: `${topic}-${partition}^${reader}@${event.time}`,
      reader,
      at: event.time,
      requested: event.position,
      resetTo,
      policy: event.reset,
      // Reset backwards (asked past the end), it reads again rather than skips.
      skipped: { from: Math.min(event.position, resetTo), to: resetTo },
      label:
        `${reader} asked for ${event.position}: OFFSET_OUT_OF_RANGE, ` +
        `auto.offset.reset=${event.reset} → ${resetTo}`,
    })
  }
  return arrows
}

/** An out-of-range read that moved its reader (a single request's reset comes as its own step). */
export function isReset(event: SimEvent): event is ResetEvent {
  return (
    event.type === 'consumer.offsetOutOfRange' ||
    event.type === 'consumer.offsetReset' ||
    event.type === 'job.offsetOutOfRange'
  )
}
