import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../sim'
import { actionOutcome } from './actionOutcome'

const idle: SimEvent = {
  type: 'cleaner.idle',
  time: 5,
  nextIterationAt: null,
  reason: 'no topic has cleanup.policy=compact',
  actionIndex: 1,
}
const refusedFirst: SimEvent = {
  type: 'action.refused',
  time: 5,
  action: 'cleaner.run',
  reason: 'the log cleaner is disabled',
  actionIndex: 0,
}
const emptyFetch: SimEvent = {
  type: 'consumer.fetched',
  time: 5,
  topic: 't',
  partition: 0,
  consumer: 'reader',
  from: 4,
  count: 0,
  offsets: [],
  firstOffset: null,
  lastOffset: null,
  nextPosition: 4,
  actionIndex: 2,
}
const rolled: SimEvent = {
  type: 'segment.rolled',
  time: 5,
  topic: 't',
  partition: 0,
  baseOffset: 4,
  reason: 'explicit',
  actionIndex: 3,
}

describe('what one action did', () => {
  const events = [refusedFirst, idle, emptyFetch, rolled]

  it('belongs to the action by its index, not by its time or type', () => {
    expect(actionOutcome(events, 0)).toEqual({
      kind: 'refused',
      reason: 'the log cleaner is disabled',
    })
    expect(actionOutcome(events, 1)).toEqual({
      kind: 'nothing',
      reason: 'no topic has cleanup.policy=compact',
    })
  })

  it('explains a cleaner run by its pass alone, not by the retention check that comes with it', () => {
    const check: SimEvent = {
      type: 'retention.checked',
      time: 5,
      by: 'action',
      logs: 1,
      segmentsDeleted: 0,
      actionIndex: 1,
    }
    expect(actionOutcome([check, idle], 1)).toEqual({
      kind: 'nothing',
      reason: 'no topic has cleanup.policy=compact',
    })
    expect(actionOutcome([{ ...check, actionIndex: 4 }], 4)).toEqual({
      kind: 'nothing',
      reason: 'no segment was due for deletion by retention.ms or retention.bytes',
    })
  })

  it('explains an empty fetch, and counts any other event as a change', () => {
    expect(actionOutcome(events, 2)).toEqual({
      kind: 'nothing',
      reason: 'reader fetched from offset 4 and no record was there to deliver',
    })
    expect(actionOutcome(events, 3)).toEqual({ kind: 'changed' })
    expect(actionOutcome([...events, { ...emptyFetch, actionIndex: 3 }], 3)).toEqual({
      kind: 'changed',
    })
  })
})
