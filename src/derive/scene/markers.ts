import type { PartitionSnapshot, ReadonlyWorld } from '../../sim'
import { formatSimTime } from './format'
import type { MarkerKind } from './types'

/** A marker before it is placed: what it marks and where. */
export interface MarkerSpec {
  readonly id: string
  readonly kind: MarkerKind
  readonly offset: number
  readonly drawnAt: number
  readonly label: string
  readonly behind: boolean
  readonly inArchive: boolean
  readonly owner: string | null
  readonly checkpoint: number | null
}

/**
 * A partition's log start, cleaner checkpoint and log end, and where its readers are: consumers,
 * and each job task's position with its last checkpoint (the last processed offset it records). A
 * reader below the log start is drawn at it and flagged: the records it wanted are gone. On a tiered
 * topic (`partition.localLogStartOffset` set) the local log start is marked too, and a reader below
 * it but not below the log start is flagged as reading the archive.
 */
export function laneMarkers(
  world: ReadonlyWorld,
  laneId: string,
  topic: string,
  partition: PartitionSnapshot,
): MarkerSpec[] {
  const edge = (kind: MarkerKind, offset: number, label: string): MarkerSpec => ({
    id: `${laneId}:${kind}`,
    kind,
    offset,
    drawnAt: offset,
    label,
    behind: false,
    inArchive: false,
    owner: null,
    checkpoint: null,
  })
  const markers = [
    edge('logStart', partition.logStartOffset, `log start ${partition.logStartOffset}`),
    edge('logEnd', partition.logEndOffset, `log end ${partition.logEndOffset}`),
  ]
  const localStart = partition.localLogStartOffset
  if (localStart !== undefined) {
    markers.push(edge('localStart', localStart, `local log start ${localStart}`))
  }
  if (partition.cleanerCheckpoint !== null) {
    const at = partition.cleanerCheckpoint
    markers.push(edge('cleaner', at, `cleaner checkpoint ${at}`))
  }
  const cleaning = partition.cleaning
  if (cleaning !== undefined) {
    const { firstDirtyOffset: from, firstUncleanableOffset: to } = cleaning
    const label = `cleaning ${from}–${to - 1} until ${formatSimTime(cleaning.endsAt)}`
    markers.push(edge('cleaning', from, label))
  }
  const reader = (
    kind: 'consumer' | 'task',
    owner: string,
    position: number,
    checkpoint: number | null,
  ): MarkerSpec => {
    const behind = position < partition.logStartOffset
    const inArchive = !behind && position < (localStart ?? partition.logStartOffset)
    const note = checkpoint === null ? '' : ` · ${checkpointNote(checkpoint)}`
    const where = behind ? ' (below log start)' : inArchive ? ' · archive (slower)' : ''
    return {
      id: `${laneId}:${kind}:${owner}`,
      kind,
      offset: position,
      drawnAt: Math.max(position, partition.logStartOffset),
      label: `${owner} at ${position}${note}${where}`,
      behind,
      inArchive,
      owner,
      checkpoint,
    }
  }
  for (const consumer of world.consumers.values()) {
    if (consumer.topic !== topic || consumer.partition !== partition.partition) continue
    if (consumer.position === null) continue
    const marker = reader('consumer', consumer.name, consumer.position, null)
    markers.push(
      consumer.awaitingReset ? { ...marker, label: `${marker.label} · awaiting reset` } : marker,
    )
  }
  for (const job of world.jobs.values()) {
    for (const task of job.tasks) {
      for (const input of task.inputs) {
        if (input.topic !== topic || input.partition !== partition.partition) continue
        if (input.position === null) continue
        markers.push(reader('task', job.app, input.position, input.checkpointed))
      }
    }
  }
  return markers
}

/**
 * A task's checkpoint is the last offset it processed. -1 (what CheckpointTool writes to start a
 * job over) means none: the label says where it resumes, as "checkpoint -1" alone reads as nonsense.
 */
function checkpointNote(checkpoint: number): string {
  return checkpoint < 0
    ? `checkpoint ${checkpoint} → resumes at ${checkpoint + 1}`
    : `checkpoint ${checkpoint}`
}

/**
 * The cleaner checkpoint, a pass at work and the local log start are labelled above the band, the rest below: the
 * local log start sits near the log start and the readers rewound into the archive, and a tiered
 * topic is never compacted, so it never shares the upper rows with a cleaner checkpoint.
 */
export function markerSide(kind: MarkerKind): 'above' | 'below' {
  return kind === 'cleaner' || kind === 'cleaning' || kind === 'localStart' ? 'above' : 'below'
}
