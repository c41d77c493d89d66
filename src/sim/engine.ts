import { applyAction } from './actions'
import { assertNever } from './assert'
import { pollConsumer } from './consume'
import type { EventSink } from './events'
import { handleJobEvent } from './jobs/events'
import { startJob } from './jobs/lifecycle'
import { finishCleanerIteration, runCleanerIteration, runRetentionCheck } from './maintenance'
import { produceTime, sendGeneratedRecord } from './produce'
import type { PendingEvent } from './queue'
import { rescheduleRemoteLogManager, runRemoteLogManager } from './remoteLogManager'
import { peekEvent, popEvent } from './queue'
import type { ScenarioAction, SimScenario } from './simScenario'
import { scheduleInitialEvents } from './schedule'
import type { World } from './world'
import { createWorld, refuseAction, scheduleEvent } from './world'

/** What one step of the engine handled: an event it had scheduled, or a scenario action. */
export type HandledEvent =
  PendingEvent | { readonly kind: 'action'; readonly action: ScenarioAction }

/** What `advanceWorld` calls after each step (the timeline takes keyframes, the meter charges work). */
export type AfterEvent = (world: World, handled: HandledEvent) => void

/** The world at time 0, before any event, with every first event scheduled. */
export function initialWorld(scenario: SimScenario): World {
  const world = createWorld(scenario)
  scheduleInitialEvents(world, scenario)
  return world
}

/**
 * Mutates `world`: processes every event with time ≤ `until`, in (time, order) order, then sets the
 * clock to `until`. At the same millisecond the engine's own events run before the scenario's scripted
 * actions, so an action placed at the cursor acts on the world the user saw there.
 * `afterEvent` runs after each event with what was handled (the timeline uses it to take keyframes,
 * the work meter to charge the work to what caused it).
 * With `stopWhen`, asked before each event, it stops early once that says so (possibly inside a
 * millisecond, leaving the clock at the last event's time), so a long run can be done in slices.
 * Returns whether it reached `until`.
 */
export function advanceWorld(
  world: World,
  scenario: SimScenario,
  until: number,
  sink: EventSink,
  afterEvent?: AfterEvent,
  stopWhen: () => boolean = neverStop,
): boolean {
  while (!stopWhen()) {
    const handled = stepWorld(world, scenario, until, sink)
    if (handled === null) {
      if (until > world.now) world.now = until
      return true
    }
    afterEvent?.(world, handled)
  }
  return false
}

function neverStop(): boolean {
  return false
}

/**
 * Mutates `world`: runs everything before scenario action `index`, then that action, and stops
 * there, before anything else at the same millisecond (several actions can share one).
 * Returns false when the scenario has no such action.
 */
export function advanceThroughAction(
  world: World,
  scenario: SimScenario,
  index: number,
  sink: EventSink,
  afterEvent?: AfterEvent,
): boolean {
  const action = scenario.actions[index]
  if (!action) return false
  while (world.nextActionIndex <= index) {
    const handled = stepWorld(world, scenario, action.at, sink)
    if (handled === null) break
    afterEvent?.(world, handled)
  }
  return true
}

/** Mutates `world`: processes the next event or action with time ≤ `until`; null when none is left. */
function stepWorld(
  world: World,
  scenario: SimScenario,
  until: number,
  sink: EventSink,
): HandledEvent | null {
  const next = peekEvent(world.queue)
  const action = scenario.actions[world.nextActionIndex]
  if (next && next.time <= until && (!action || next.time <= action.at)) {
    popEvent(world.queue)
    world.now = next.time
    world.eventCount++
    handlePending(world, scenario, sink, next)
    return next
  }
  if (action && action.at <= until) {
    const index = world.nextActionIndex++
    world.now = action.at
    world.eventCount++
    applyAction(world, scenario, sink, action, index)
    return { kind: 'action', action }
  }
  return null
}

function handlePending(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  event: PendingEvent,
): void {
  switch (event.kind) {
    case 'produce': {
      sendGeneratedRecord(world, scenario, sink, event.producer)
      const sent = world.producers[event.producer]?.sent ?? 0
      const time = produceTime(scenario, event.producer, sent)
      // Events are never changed, so the next send in the same millisecond (ten of them at 10k
      // records a second) is queued as the same event object: one object fewer per record.
      if (time === event.time) scheduleEvent(world, event)
      else if (time !== null)
        scheduleEvent(world, { kind: 'produce', producer: event.producer, time })
      return
    }
    case 'retention':
      runRetentionCheck(world, sink, 'retention task')
      scheduleEvent(world, {
        kind: 'retention',
        time: world.now + scenario.broker['log.retention.check.interval.ms'],
      })
      return
    case 'cleaner': {
      // A thread in the middle of a (throttled) pass takes its next turn when the pass ends.
      const busyUntil = world.cleaning?.endsAt
      if (busyUntil !== undefined) {
        scheduleEvent(world, { kind: 'cleaner', time: busyUntil })
        return
      }
      const outcome = runCleanerIteration(world, scenario, sink)
      // After a pass the thread loops at once (after the pass's end); when idle it backs off.
      const next =
        outcome === 'idle'
          ? world.now + scenario.broker['log.cleaner.backoff.ms']
          : (world.cleaning?.endsAt ?? world.now)
      scheduleEvent(world, { kind: 'cleaner', time: next })
      return
    }
    case 'cleaner.passEnd':
      finishCleanerIteration(world, scenario, sink)
      return
    case 'remote':
      runRemoteLogManager(world, sink)
      rescheduleRemoteLogManager(world, scenario)
      return
    case 'poll': {
      const spec = scenario.consumers.find((c) => c.name === event.consumer)
      if (!spec || spec.pollIntervalMs === null) return
      pollConsumer(world, sink, event.consumer, spec['max.poll.records'])
      scheduleEvent(world, {
        kind: 'poll',
        consumer: event.consumer,
        time: world.now + spec.pollIntervalMs,
      })
      return
    }
    case 'job.launch': {
      const job = world.jobs.get(event.app)
      const refusal = job
        ? startJob(world, scenario, sink, job, {})
        : `no job is named ${event.app}`
      if (refusal !== null)
        refuseAction(world, sink, { action: 'job.start', actionIndex: null, reason: refusal })
      return
    }
    case 'job.run':
    case 'job.restored':
    case 'job.commit':
    case 'job.restart':
      handleJobEvent(world, scenario, sink, event)
      return
    default:
      assertNever(event)
  }
}
