import type { HandledEvent } from '../engine'
import type { SimEvent } from '../events'
import type { SimScenario } from '../simScenario'
import type { World } from '../world'
import { describeBudgetRefusal } from './describeWork'
import type { WorkBudget, WorkCause } from './workBudget'
import { SimulationBudgetError } from './workBudget'

/**
 * Counts a run's work as it happens and stops the run (throws `SimulationBudgetError`) when it goes
 * over the budget, charging each unit to what caused it so the refusal can name it.
 */
export interface WorkMeter {
  /** Sees each event of a new step: a cleaner pass or retention check costs what it read. */
  see(event: SimEvent): void
  /** After each engine step: charges one unit plus what the step read, then checks the budget. */
  charge(world: World, handled: HandledEvent): void
  /** A keyframe copies the world's segment lists; charged to the step that caused it. */
  chargeKeyframe(world: World, segments: number): void
  readonly used: number
}

/** Work units per item read: a segment visited by the cleaner costs about an event (measured). */
const UNITS_PER_CLEANER_SEGMENT = 1
const RECORDS_PER_UNIT = 4
const SEGMENTS_PER_KEYFRAME_UNIT = 16

interface Tally {
  units: number
  steps: number
}

interface CleanerTally extends Tally {
  passes: number
  maxSegments: number
  segmentsRead: number
  recordsRead: number
}

export function createWorkMeter(scenario: SimScenario, budget: WorkBudget): WorkMeter {
  const tallies = new Map<string, Tally>()
  const cleaners = new Map<string, CleanerTally>()
  const producedBy = new Map<number, number>()
  let used = 0
  let stepUnits = 0
  let stepCleaned: string | null = null
  let lastSource = 'actions'
  let retentionLogs = 0

  const see = (event: SimEvent): void => {
    {
      if (event.type === 'cleaner.pass') {
        stepUnits +=
          event.segmentsBefore * UNITS_PER_CLEANER_SEGMENT + event.recordsRead / RECORDS_PER_UNIT
        const tally = cleanerTally(cleaners, event.topic)
        tally.passes++
        tally.maxSegments = Math.max(tally.maxSegments, event.segmentsBefore)
        tally.segmentsRead += event.segmentsBefore
        tally.recordsRead += event.recordsRead
        stepCleaned = event.topic
      } else if (event.type === 'retention.checked') {
        stepUnits += event.logs
        retentionLogs += event.logs
      }
    }
  }

  const add = (source: string, units: number): void => {
    const tally = source.startsWith('cleaner:')
      ? cleanerTally(cleaners, source.slice('cleaner:'.length))
      : (tallies.get(source) ?? { units: 0, steps: 0 })
    tally.units += units
    tally.steps++
    if (!source.startsWith('cleaner:')) tallies.set(source, tally)
    lastSource = source
    used += units
  }

  const check = (world: World): void => {
    if (used <= budget.maxWork) return
    const refusal = {
      cause: causeOf(scenario, world, topSource(tallies, cleaners), {
        cleaners,
        producedBy,
        retentionLogs,
        tallies,
      }),
      used,
      maxWork: budget.maxWork,
      stoppedAtMs: world.now,
    }
    throw new SimulationBudgetError(refusal, describeBudgetRefusal(refusal))
  }

  return {
    see,
    charge(world, handled) {
      const source = stepCleaned === null ? sourceOf(handled) : `cleaner:${stepCleaned}`
      if (handled.kind === 'produce')
        producedBy.set(handled.producer, (producedBy.get(handled.producer) ?? 0) + 1)
      add(source, 1 + stepUnits)
      stepUnits = 0
      stepCleaned = null
      check(world)
    },
    chargeKeyframe(world, segments) {
      add(lastSource, segments / SEGMENTS_PER_KEYFRAME_UNIT)
      check(world)
    },
    get used() {
      return used
    },
  }
}

function cleanerTally(cleaners: Map<string, CleanerTally>, topic: string): CleanerTally {
  let tally = cleaners.get(topic)
  if (!tally) {
    tally = { units: 0, steps: 0, passes: 0, maxSegments: 0, segmentsRead: 0, recordsRead: 0 }
    cleaners.set(topic, tally)
  }
  return tally
}

function sourceOf(handled: HandledEvent): string {
  switch (handled.kind) {
    case 'produce':
      return 'records'
    case 'retention':
    case 'remote':
    case 'cleaner':
    case 'cleaner.passEnd':
      // The remote log manager's task, like retention, looks at every log once; a cleaner
      // iteration without a pass only ran retention on the compacted logs.
      return 'retention'
    case 'poll':
      return `polls:${handled.consumer}`
    case 'job.restart':
      return `restarts:${handled.app}`
    case 'job.launch':
    case 'job.run':
    case 'job.restored':
    case 'job.commit':
      return `job:${handled.app}`
    case 'action':
      return handled.action.type === 'produce' ? 'records' : 'actions'
  }
}

function topSource(tallies: ReadonlyMap<string, Tally>, cleaners: ReadonlyMap<string, Tally>) {
  let top = 'actions'
  let most = -1
  for (const [source, tally] of tallies) {
    if (tally.units > most) [top, most] = [source, tally.units]
  }
  for (const [topic, tally] of cleaners) {
    if (tally.units > most) [top, most] = [`cleaner:${topic}`, tally.units]
  }
  return top
}

interface Totals {
  readonly cleaners: ReadonlyMap<string, CleanerTally>
  readonly producedBy: ReadonlyMap<number, number>
  readonly tallies: ReadonlyMap<string, Tally>
  readonly retentionLogs: number
}

function causeOf(scenario: SimScenario, world: World, source: string, totals: Totals): WorkCause {
  const [kind, name] = splitSource(source)
  const steps = totals.tallies.get(source)?.steps ?? 0
  switch (kind) {
    case 'cleaner': {
      const tally = totals.cleaners.get(name)
      const config = world.topics.get(name)?.config
      return {
        kind: 'cleaner',
        topic: name,
        passes: tally?.passes ?? 0,
        cleanerRunActions: scenario.actions.filter((a) => a.type === 'cleaner.run').length,
        maxSegments: tally?.maxSegments ?? 0,
        recordsPerSegment:
          tally && tally.segmentsRead > 0 ? tally.recordsRead / tally.segmentsRead : 0,
        segmentBytes: config?.['segment.bytes'] ?? 0,
        minCleanableDirtyRatio: config?.['min.cleanable.dirty.ratio'] ?? 0,
      }
    }
    case 'polls': {
      const spec = scenario.consumers.find((c) => c.name === name)
      return {
        kind: 'polls',
        consumer: name,
        pollIntervalMs: spec?.pollIntervalMs ?? 0,
        forMs: Math.max(0, scenario.durationMs - (spec?.startMs ?? 0)),
      }
    }
    case 'restarts':
      return {
        kind: 'restarts',
        job: name,
        restartMs: scenario.cluster.containerRestartMs,
        restarts: steps,
        hostsUp: world.hosts.filter((h) => h.up).length,
        hosts: world.hosts.length,
      }
    case 'retention':
      return {
        kind: 'retention',
        checks: steps,
        intervalMs: scenario.broker['log.retention.check.interval.ms'],
        logs: steps > 0 ? Math.round(totals.retentionLogs / steps) : 0,
      }
    case 'job':
      return { kind: 'job', job: name, runs: steps }
    case 'records': {
      let top: number | null = null
      for (const [producer, sent] of totals.producedBy) {
        if (top === null || sent > (totals.producedBy.get(top) ?? 0)) top = producer
      }
      return {
        kind: 'records',
        producer: top === null ? null : (scenario.producers[top]?.name ?? null),
        producers: scenario.producers.length,
        records: steps,
      }
    }
    default:
      return { kind: 'actions', actions: steps }
  }
}

function splitSource(source: string): [string, string] {
  const colon = source.indexOf(':')
  return colon < 0 ? [source, ''] : [source.slice(0, colon), source.slice(colon + 1)]
}
