import type { PartitionSnapshot, World } from '../../sim'
import type { MarkerKind } from './types'

/** A marker before it is placed: what it marks and where. */
export interface MarkerSpec {
  readonly id: string
  readonly kind: MarkerKind
  readonly offset: number
  readonly drawnAt: number
  readonly label: string
  readonly behind: boolean
  readonly owner: string | null
  readonly checkpoint: number | null
}

/**
 * A partition's log start, cleaner checkpoint and log end, and where its readers are: consumers,
 * and each job task's position with its last checkpoint (the last processed offset it records). A
 * reader below the log start is drawn at it and flagged: the records it wanted are gone.
 */
export function laneMarkers(
  world: World,
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
    owner: null,
    checkpoint: null,
  })
  const markers = [
    edge('logStart', partition.logStartOffset, `log start ${partition.logStartOffset}`),
    edge('logEnd', partition.logEndOffset, `log end ${partition.logEndOffset}`),
  ]
  if (partition.cleanerCheckpoint !== null) {
    const at = partition.cleanerCheckpoint
    markers.push(edge('cleaner', at, `cleaner checkpoint ${at}`))
  }
  const reader = (
    kind: 'consumer' | 'task',
    owner: string,
    position: number,
    checkpoint: number | null,
  ): MarkerSpec => {
    const behind = position < partition.logStartOffset
    const note = checkpoint === null ? '' : ` · checkpoint ${checkpoint}`
    return {
      id: `${laneId}:${kind}:${owner}`,
      kind,
      offset: position,
      drawnAt: Math.max(position, partition.logStartOffset),
      label: `${owner} at ${position}${note}${behind ? ' (below log start)' : ''}`,
      behind,
      owner,
      checkpoint,
    }
  }
  for (const consumer of world.consumers.values()) {
    if (consumer.topic !== topic || consumer.partition !== partition.partition) continue
    if (consumer.position === null) continue
    markers.push(reader('consumer', consumer.name, consumer.position, null))
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

/** The cleaner checkpoint is labelled above the band, the rest below. */
export function markerSide(kind: MarkerKind): 'above' | 'below' {
  return kind === 'cleaner' ? 'above' : 'below'
}
