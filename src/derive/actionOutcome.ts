import type { SimEvent } from '../sim'

/**
 * What one scenario action did, read from the events its run emitted (`actionIndex`): turned down
 * (with the engine's reason), nothing at all (with why, so the user is not left guessing), or a change.
 */
export type ActionOutcome =
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'nothing'; readonly reason: string }
  | { readonly kind: 'changed' }

export function actionOutcome(events: readonly SimEvent[], actionIndex: number): ActionOutcome {
  const own = events.filter((e) => e.actionIndex === actionIndex)
  const refusal = own.find((e) => e.type === 'action.refused')
  if (refusal?.type === 'action.refused') return { kind: 'refused', reason: refusal.reason }
  const why = own.map(whyNothingChanged)
  if (own.length === 0 || why.some((reason) => reason === null)) return { kind: 'changed' }
  // A cleaner iteration also checks retention on compacted logs; what the user asked for is a pass.
  const idle = own.find((e) => e.type === 'cleaner.idle')
  if (idle?.type === 'cleaner.idle') return { kind: 'nothing', reason: idle.reason }
  return { kind: 'nothing', reason: [...new Set(why)].join('; ') }
}

/** Why `event` reports that nothing changed, or null when it reports a change. */
function whyNothingChanged(event: SimEvent): string | null {
  if (event.type === 'cleaner.idle') return event.reason
  if (event.type === 'retention.checked' && event.segmentsDeleted === 0)
    return 'no segment was due for deletion by retention.ms or retention.bytes'
  if (event.type === 'consumer.fetched' && event.count === 0)
    return `${event.consumer} fetched from offset ${String(event.from)} and no record was there to deliver`
  return null
}
