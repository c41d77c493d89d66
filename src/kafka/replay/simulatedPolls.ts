import { advanceWorld, initialWorld } from '../../sim'
import type { SimEvent, SimScenario } from '../../sim'
import type { PollView } from './views'
import { asRequest } from './views'

/**
 * Every consumer poll and single request of the simulated run, in the shape a real consumer's are
 * compared in. A poll shows as `consumer.fetched`, after a `consumer.offsetOutOfRange` (or, when a
 * single request left the partition awaiting its reset, a `consumer.offsetReset`) when the
 * position had to be reset; with `none` the out-of-range event alone ends the poll with the
 * exception, and a poll with no position at all fails with NoOffsetForPartitionException
 * (`consumer.noOffset`). A single request shows as the one event it caused (`requestView`).
 */
export function simulatedPolls(scenario: SimScenario): PollView[] {
  const polls: PollView[] = []
  const pendingReset = new Map<string, { position: number; resetTo: number | null }>()
  const sink = (event: SimEvent): void => {
    if (event.actionIndex !== undefined && isSingleRequest(scenario.actions[event.actionIndex])) {
      const view = requestView(event)
      if (view) polls.push(view)
      return
    }
    if (event.type === 'consumer.offsetOutOfRange' || event.type === 'consumer.offsetReset') {
      const outOfRange = { position: event.position, resetTo: event.newPosition }
      if (event.newPosition !== null) {
        pendingReset.set(event.consumer, outOfRange)
        return
      }
      polls.push(emptyPoll(event, event.position, outOfRange, 'OffsetOutOfRangeException'))
    } else if (event.type === 'consumer.noOffset') {
      polls.push(emptyPoll(event, null, null, 'NoOffsetForPartitionException'))
    } else if (event.type === 'consumer.fetched') {
      polls.push(fetchedView(event, pendingReset.get(event.consumer) ?? null))
      pendingReset.delete(event.consumer)
    }
  }
  advanceWorld(initialWorld(scenario), scenario, scenario.durationMs, sink)
  return polls
}

function isSingleRequest(action: SimScenario['actions'][number] | undefined): boolean {
  return action?.type === 'consumer.fetch' && action.singleRequest === true
}

/**
 * The view of the one request a single-request fetch sent, from the event it caused: a ListOffsets
 * that placed the consumer (`consumer.positioned`, `consumer.offsetReset`) or found no position
 * (`consumer.noOffset`), or a Fetch that read (`consumer.fetched`) or was answered
 * OFFSET_OUT_OF_RANGE (`consumer.offsetOutOfRange`). Null for any other event.
 */
function requestView(event: SimEvent): PollView | null {
  if (event.type === 'consumer.positioned')
    return asRequest(emptyPoll(event, null, null, null), 'listOffsets', event.position)
  if (event.type === 'consumer.noOffset') {
    const failed = emptyPoll(event, null, null, 'NoOffsetForPartitionException')
    return asRequest(failed, 'listOffsets', null)
  }
  if (event.type === 'consumer.offsetReset') {
    const placed = emptyPoll(event, event.position, null, null)
    return asRequest(placed, 'listOffsets', event.newPosition)
  }
  if (event.type === 'consumer.offsetOutOfRange') {
    const outOfRange = { position: event.position, resetTo: null }
    const error = event.awaitingReset === true ? null : 'OffsetOutOfRangeException'
    return asRequest(emptyPoll(event, event.position, outOfRange, error), 'fetch', event.position)
  }
  if (event.type === 'consumer.fetched')
    return asRequest(fetchedView(event, null), 'fetch', event.nextPosition)
  return null
}

function fetchedView(
  event: Extract<SimEvent, { type: 'consumer.fetched' }>,
  outOfRange: PollView['outOfRange'],
): PollView {
  return {
    consumer: event.consumer,
    at: event.time,
    from: event.from,
    count: event.count,
    firstOffset: event.firstOffset,
    lastOffset: event.lastOffset,
    outOfRange,
    error: null,
  }
}

/** A poll or request that read nothing (threw, or only moved the position). */
function emptyPoll(
  event: { readonly consumer: string; readonly time: number },
  from: number | null,
  outOfRange: PollView['outOfRange'],
  error: string | null,
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
