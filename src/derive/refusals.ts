import type { Scenario } from '../scenario/schema'
import type { SimEvent } from '../sim'
import { derived } from './cache'
import { eventsOf } from './simulation'

/**
 * Why each refused scenario action was refused, by its index in the scenario's actions (time
 * order, as `actionIndex` counts). Two identical actions at one time are two entries: only the
 * one the engine turned down carries a reason. A job's own scheduled start has no index and no
 * entry here.
 */
export function refusalsByAction(events: readonly SimEvent[]): ReadonlyMap<number, string> {
  const reasons = new Map<number, string>()
  for (const event of events) {
    if (event.type === 'action.refused' && event.actionIndex !== undefined) {
      reasons.set(event.actionIndex, event.reason)
    }
  }
  return reasons
}

/** `refusalsByAction` of the scenario's events, computed once per scenario. */
export const refusalsOf = derived((scenario: Scenario): ReadonlyMap<number, string> =>
  refusalsByAction(eventsOf(scenario)),
)
