import type { ScenarioAction, SimEvent, SimEventType } from '../../sim'

/** What the scrubber marks, one lane each. Jobs, checkpoints and brokers join when the core has them. */
export const MARKER_KINDS = [
  { kind: 'retention', label: 'segment deleted' },
  { kind: 'cleaner', label: 'cleaner pass' },
  { kind: 'tombstone', label: 'tombstone dropped' },
  { kind: 'action', label: 'your action' },
  { kind: 'refused', label: 'action refused' },
] as const

export type MarkerKind = (typeof MARKER_KINDS)[number]['kind']

const KIND_OF: Partial<Record<SimEventType, MarkerKind>> = {
  'segment.deleted': 'retention',
  'records.deleted': 'retention',
  'cleaner.pass': 'cleaner',
  'tombstone.dropped': 'tombstone',
  'action.refused': 'refused',
}

export interface MarkerColumn {
  readonly kind: MarkerKind
  /** The pixel column, from 0. */
  readonly x: number
  readonly count: number
}

/**
 * Events and actions bucketed by pixel column and kind: at most one mark per column and lane, so a
 * scenario with thousands of cleaner passes still draws a few hundred marks.
 */
export function markerColumns(
  events: readonly SimEvent[],
  actions: readonly ScenarioAction[],
  durationMs: number,
  width: number,
): MarkerColumn[] {
  const buckets = new Map<string, { kind: MarkerKind; x: number; count: number }>()
  const add = (kind: MarkerKind, time: number): void => {
    const x = Math.round((time / Math.max(1, durationMs)) * Math.max(0, width - 1))
    const id = `${kind}:${x}`
    const bucket = buckets.get(id)
    if (bucket) bucket.count++
    else buckets.set(id, { kind, x, count: 1 })
  }
  for (const event of events) {
    const kind = KIND_OF[event.type]
    if (kind !== undefined) add(kind, event.time)
  }
  for (const action of actions) add('action', action.at)
  return [...buckets.values()]
}
