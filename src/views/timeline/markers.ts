import { hasSeveralMachines } from '../cluster/clusterIsUseful'
import type { ScenarioAction, SimEvent, SimEventType } from '../../sim'
import { countUntil } from '../../derive/steps'

/** What the scrubber marks, one lane each, in lane order (top to bottom). */
export const MARKER_KINDS = [
  { kind: 'retention', label: 'segment deleted' },
  { kind: 'cleaner', label: 'cleaner pass' },
  { kind: 'tombstone', label: 'tombstone dropped' },
  { kind: 'job', label: 'job started/stopped' },
  { kind: 'crash', label: 'container crashed' },
  { kind: 'checkpoint', label: 'checkpoint edited' },
  { kind: 'down', label: 'broker/host down' },
  { kind: 'action', label: 'your action' },
  { kind: 'refused', label: 'action refused' },
] as const

export type MarkerKind = (typeof MARKER_KINDS)[number]['kind']

const KIND_OF: Partial<Record<SimEventType, MarkerKind>> = {
  'segment.deleted': 'retention',
  'records.deleted': 'retention',
  'cleaner.pass': 'cleaner',
  'tombstone.dropped': 'tombstone',
  'job.started': 'job',
  'job.stopped': 'job',
  'job.decommissioned': 'job',
  'job.crashed': 'crash',
  'checkpoint.written': 'checkpoint',
  'broker.failed': 'down',
  'host.failed': 'down',
  'action.refused': 'refused',
}

const JOB_KINDS: ReadonlySet<MarkerKind> = new Set(['job', 'crash', 'checkpoint'])

/**
 * The lanes worth a row for this scenario: job lanes only when it has jobs, the machine lane only
 * when a broker or host can go down, so a log-only scenario keeps a short legend.
 */
export function markerKinds(
  scenario: {
    readonly jobs: readonly unknown[]
    readonly cluster: { readonly brokers: number; readonly hosts: number }
  },
  events: readonly SimEvent[],
): readonly (typeof MARKER_KINDS)[number][] {
  const machines = hasSeveralMachines(scenario) || events.some((e) => KIND_OF[e.type] === 'down')
  return MARKER_KINDS.filter(({ kind }) =>
    JOB_KINDS.has(kind) ? scenario.jobs.length > 0 : kind !== 'down' || machines,
  )
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

/**
 * The events (sorted by time) and actions at or before `t`: all the time line may mark while a
 * lesson hides the future, since a mark ahead of the cursor tells when something will happen.
 */
export function markedUntil(
  events: readonly SimEvent[],
  actions: readonly ScenarioAction[],
  t: number,
): { events: readonly SimEvent[]; actions: readonly ScenarioAction[] } {
  return {
    events: events.slice(0, countUntil(events, t)),
    actions: actions.filter((a) => a.at <= t),
  }
}
