import { advanceWorld, initialWorld } from '../../sim'
import type { SimEvent, SimScenario } from '../../sim'
import type { PollView } from './views'

/**
 * Every consumer poll of the simulated run, in the shape a real consumer's polls are compared in.
 * A poll shows as `consumer.fetched`, after a `consumer.offsetOutOfRange` when the position had
 * to be reset; with `none` the out-of-range event alone ends the poll with the exception, and a
 * poll with no position at all fails with NoOffsetForPartitionException (`consumer.noOffset`).
 */
export function simulatedPolls(scenario: SimScenario): PollView[] {
  const polls: PollView[] = []
  const pendingReset = new Map<string, { position: number; resetTo: number | null }>()
  const sink = (event: SimEvent): void => {
    // The replay sends no single requests, so they are no polls to compare.
    if (event.actionIndex !== undefined && isSingleRequest(scenario.actions[event.actionIndex]))
      return
    if (event.type === 'consumer.offsetOutOfRange') {
      const outOfRange = { position: event.position, resetTo: event.newPosition }
      if (event.newPosition !== null) {
        pendingReset.set(event.consumer, outOfRange)
        return
      }
      polls.push(failedPoll(event, event.position, outOfRange, 'OffsetOutOfRangeException'))
    } else if (event.type === 'consumer.noOffset') {
      polls.push(failedPoll(event, null, null, 'NoOffsetForPartitionException'))
    } else if (event.type === 'consumer.fetched') {
      polls.push({
        consumer: event.consumer,
        at: event.time,
        from: event.from,
        count: event.count,
        firstOffset: event.firstOffset,
        lastOffset: event.lastOffset,
        outOfRange: pendingReset.get(event.consumer) ?? null,
        error: null,
      })
      pendingReset.delete(event.consumer)
    }
  }
  advanceWorld(initialWorld(scenario), scenario, scenario.durationMs, sink)
  return polls
}

function isSingleRequest(action: SimScenario['actions'][number] | undefined): boolean {
  return action?.type === 'consumer.fetch' && action.singleRequest === true
}

/** A poll that threw: nothing read. */
function failedPoll(
  event: { readonly consumer: string; readonly time: number },
  from: number | null,
  outOfRange: PollView['outOfRange'],
  error: string,
): PollView {
  return {
    consumer: event.consumer,
    at: event.time,
    from,
    count: 0,
    firstOffset: null,
    lastOffset: null,
    outOfRange,
    error,
  }
}
