import { describe, expect, test } from 'vitest'
import type { ScenarioAction, SimEvent } from '../../sim'
import { MARKER_KINDS, markedUntil, markerColumns, markerKinds } from './markers'

const pass = (time: number): SimEvent => ({
  type: 'cleaner.pass',
  time,
  topic: 't',
  partition: 0,
  firstDirtyOffset: 0,
  endOffset: 1,
  firstUncleanableOffset: 1,
  dirtyRatio: 1,
  forcedByMaxLag: false,
  partial: false,
  recordsRead: 1,
  recordsRemoved: 0,
  tombstonesStamped: 0,
  tombstonesDropped: 0,
  segmentsBefore: 1,
  segmentsAfter: 1,
})

describe('scrubber markers', () => {
  test('events in one pixel column share one mark with a count', () => {
    const columns = markerColumns([pass(0), pass(1), pass(1_000)], [], 1_000, 101)
    expect(columns).toEqual([
      { kind: 'cleaner', x: 0, count: 2 },
      { kind: 'cleaner', x: 100, count: 1 },
    ])
  })

  test('the scenario’s actions are marked in their own lane; routine events are not marked', () => {
    const idle: SimEvent = { type: 'cleaner.idle', time: 5, nextIterationAt: null, reason: 'x' }
    expect(markerColumns([idle], [{ type: 'retention.run', at: 500 }], 1_000, 11)).toEqual([
      { kind: 'action', x: 5, count: 1 },
    ])
  })
})

describe('marker lanes', () => {
  const logOnly: Parameters<typeof markerKinds>[0] = { jobs: [], cluster: { brokers: 1, hosts: 1 } }
  const withJobs = { jobs: [{}], cluster: { brokers: 3, hosts: 1 } }
  const lanes = (scenario: typeof logOnly, events: SimEvent[] = []) =>
    markerKinds(scenario, events).map((k) => k.kind)

  test('a log-only scenario on one broker keeps the log lanes only', () => {
    expect(lanes(logOnly)).toEqual(['retention', 'cleaner', 'tombstone', 'action', 'refused'])
  })

  test('jobs add their lanes; several brokers add the machine lane', () => {
    expect(lanes(withJobs)).toEqual(MARKER_KINDS.map((k) => k.kind))
  })

  test('a broker that went down shows its lane even on a one-broker cluster', () => {
    const failed: SimEvent = { type: 'broker.failed', time: 10, broker: 0 }
    expect(lanes(logOnly, [failed])).toContain('down')
  })

  test('job starts, stops, crashes, checkpoint edits and failures go to their lanes', () => {
    const events: SimEvent[] = [
      { type: 'job.stopped', time: 100, job: 'j_1', uncommitted: 0 },
      {
        type: 'job.crashed',
        time: 200,
        job: 'j_1',
        container: 0,
        host: 0,
        uncommitted: 3,
        restartAt: 300,
        cause: 'crash',
      },
      {
        type: 'checkpoint.written',
        time: 300,
        job: 'j_1',
        topic: 'c',
        entries: [],
        byTimestamp: null,
        jobRunning: false,
      },
      { type: 'host.failed', time: 400, host: 0 },
    ]
    expect(markerColumns(events, [], 1_000, 11).map((c) => `${c.kind}@${c.x}`)).toEqual([
      'job@1',
      'crash@2',
      'checkpoint@3',
      'down@4',
    ])
  })
})

describe('marks while a lesson hides the future', () => {
  test('only events and actions at or before the cursor are marked', () => {
    const actions = [
      { type: 'cleaner.run', at: 500 },
      { type: 'cleaner.run', at: 2_000 },
    ] as const satisfies readonly ScenarioAction[]
    const cut = markedUntil([pass(0), pass(1_000), pass(1_001)], actions, 1_000)
    expect(cut.events.map((e) => e.time)).toEqual([0, 1_000])
    expect(cut.actions.map((a) => a.at)).toEqual([500])
    expect(markerColumns(cut.events, cut.actions, 2_000, 3).map((c) => c.x)).not.toContain(2)
  })
})
