import type { PartitionSnapshot, World } from '../../sim'
import { BAND_HEIGHT, BAND_TOP } from './drawLogStrip'
import { layoutLabels } from './labelLayout'
import type { OffsetRange } from '../../derive/scene/stripModel'

export interface OffsetMarker {
  readonly id: string
  readonly label: string
  readonly offset: number
  /** Labelled above the band (one row) or below it (rows stack to avoid overlaps). */
  readonly above: boolean
  readonly className: string
}

/**
 * The partition's log start and end, cleaner checkpoint, and where its readers are: consumers, and
 * each job task's position with its last checkpoint (the last processed offset it records).
 */
export function offsetMarkers(
  world: World,
  partition: PartitionSnapshot,
  topic: string,
): OffsetMarker[] {
  const markers: OffsetMarker[] = [
    {
      id: 'start',
      label: `log start ${partition.logStartOffset}`,
      offset: partition.logStartOffset,
      above: false,
      className: 'strip-marker--start',
    },
    {
      id: 'end',
      label: `log end ${partition.logEndOffset}`,
      offset: partition.logEndOffset,
      above: false,
      className: 'strip-marker--end',
    },
  ]
  if (partition.cleanerCheckpoint !== null) {
    markers.push({
      id: 'checkpoint',
      label: `cleaner checkpoint ${partition.cleanerCheckpoint}`,
      offset: partition.cleanerCheckpoint,
      above: true,
      className: 'strip-marker--checkpoint',
    })
  }
  // A reader below the log start offset is drawn at it, flagged: its data is gone.
  const reader = (
    kind: 'consumer' | 'job',
    id: string,
    name: string,
    position: number,
    note: string,
  ): OffsetMarker => {
    const behind = position < partition.logStartOffset
    return {
      id,
      label: `${name} at ${position}${note}${behind ? ' (below log start)' : ''}`,
      offset: Math.max(position, partition.logStartOffset),
      above: false,
      className: `strip-marker--${kind}${behind ? ' strip-marker--behind' : ''}`,
    }
  }
  for (const consumer of world.consumers.values()) {
    if (consumer.topic !== topic || consumer.partition !== partition.partition) continue
    if (consumer.position === null) continue
    markers.push(
      reader('consumer', `consumer:${consumer.name}`, consumer.name, consumer.position, ''),
    )
  }
  for (const job of world.jobs.values()) {
    for (const task of job.tasks) {
      for (const input of task.inputs) {
        if (input.topic !== topic || input.partition !== partition.partition) continue
        if (input.position === null) continue
        const checkpoint = input.checkpointed === null ? '' : ` · checkpoint ${input.checkpointed}`
        markers.push(
          reader('job', `job:${job.app}:${task.name}`, job.app, input.position, checkpoint),
        )
      }
    }
  }
  return markers
}

const ROW_PX = 14

/** A marker placed on the strip: its line and its label, in px. */
export interface PlacedMarker {
  readonly marker: OffsetMarker
  readonly x: number
  readonly lineTop: number
  readonly lineBottom: number
  readonly labelY: number
  readonly anchor: 'start' | 'middle' | 'end'
}

/** Markers in view, their labels laid out so none overlap (below the band they stack in rows). */
export function placeMarkers(
  markers: readonly OffsetMarker[],
  range: OffsetRange,
  width: number,
): PlacedMarker[] {
  const perOffset = width / (range.to - range.from)
  const visible = markers.filter((m) => m.offset >= range.from && m.offset <= range.to)
  const requests = visible.map((m) => ({
    id: m.id,
    text: m.label,
    x: (m.offset - range.from) * perOffset,
    above: m.above,
  }))
  const placedLabels = layoutLabels(requests, width)
  return visible.map((marker, i) => {
    const x = requests[i]?.x ?? 0
    const placed = placedLabels[i] ?? { row: 0, anchor: 'middle' as const }
    const labelY = marker.above ? 14 : BAND_TOP + BAND_HEIGHT + (placed.row + 1) * ROW_PX
    return {
      marker,
      x,
      lineTop: marker.above ? 16 : BAND_TOP - 2,
      lineBottom: marker.above ? BAND_TOP + BAND_HEIGHT : labelY - 11,
      labelY,
      anchor: placed.anchor,
    }
  })
}

/** The strip's height: room for three rows of labels below the band, more when they stack deeper. */
export function stripHeight(placed: readonly PlacedMarker[]): number {
  const lowest = Math.max(BAND_TOP + BAND_HEIGHT + 3 * ROW_PX, ...placed.map((p) => p.labelY))
  return lowest + 6
}
