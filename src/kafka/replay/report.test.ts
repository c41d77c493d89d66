import { describe, expect, it } from 'vitest'
import type { DifferentialResult } from './differential'
import { replayReport } from './report'
import type { PollView } from './views'

const failedPoll: PollView = {
  consumer: 'audit',
  at: 5000,
  from: null,
  count: 0,
  firstOffset: null,
  lastOffset: null,
  outOfRange: null,
  error: 'NoOffsetForPartitionException',
}

function result(polls: readonly PollView[]): DifferentialResult {
  return {
    simulated: [],
    real: [],
    simulatedPolls: polls,
    realPolls: polls,
    differences: [],
    leftOut: [],
  }
}

describe('the replay report', () => {
  it('says what a consumer with no position and auto.offset.reset=none does: its poll throws', () => {
    const report = replayReport(result([failedPoll]), (t) => `rewindlab.x.${t}`)
    const line = report.split('\n').find((l) => l.includes('audit at 5000 ms'))
    expect(line).toContain('NoOffsetForPartitionException (no position and auto.offset.reset=none')
    expect(line).toContain('reads nothing')
    // Both sides are shown, separated by the column bar.
    expect(line?.split(' | ')).toHaveLength(2)
  })
})
