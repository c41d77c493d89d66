import { describe, expect, test } from 'vitest'
import type { Timeline } from '../sim'
import {
  createTimeline,
  DEFAULT_WORK_BUDGET,
  estimateWork,
  isolate,
  SimulationBudgetError,
} from '../sim'
import { cleanerStorm, nearBudgetRecords, pollingStorm, restartLoop } from './hostileScenarios'
import { encodeLink } from './link/fragment'

function refusalOf(run: () => unknown): SimulationBudgetError {
  try {
    run()
  } catch (error) {
    if (error instanceof SimulationBudgetError) return error
    throw error
  }
  throw new Error('expected the run to be refused')
}

const runToEnd = (timeline: Timeline) => () => timeline.eventsUntil(timeline.endTime)

/**
 * A tenth of the app's budget keeps these tests quick; what is charged to what does not depend on
 * the size (bench/ measures the storm under the app's own budget).
 */
const budget = { ...DEFAULT_WORK_BUDGET, maxWork: DEFAULT_WORK_BUDGET.maxWork / 10 }

describe('valid scenarios that ask for too much work end in a refusal naming the cause', () => {
  test('the 23.7 KB link of 5,000 cleaner runs over one-record segments', async () => {
    const scenario = cleanerStorm()
    const link = await encodeLink({ scenario, cursorMs: 0, view: 'log' })
    // The same kind of link as the issue's: small, valid, far under the old event budget.
    expect(link.length).toBeGreaterThan(10_000)
    expect(link.length).toBeLessThan(30_000)
    expect(estimateWork(scenario, DEFAULT_WORK_BUDGET)).toBeNull()
    const error = refusalOf(runToEnd(createTimeline(scenario, { budget })))
    expect(error.refusal.cause.kind).toBe('cleaner')
    expect(error.message).toMatch(
      // The topic's name is the user's text, isolated in the sentence.
      new RegExp(
        `cleaner runs over up to [\\d,]+ one-record segments of topic "${isolate('tiny-segments')}"`,
      ),
    )
    expect(error.message).toMatch(/use fewer cleaner\.run actions \(there are 5,000\)/)
  })

  test('a consumer polling every 1 ms for 3 hours is refused before anything runs', () => {
    const refusal = estimateWork(pollingStorm(), DEFAULT_WORK_BUDGET)
    expect(refusal?.cause).toEqual({
      kind: 'polls',
      consumer: 'eager',
      pollIntervalMs: 1,
      forMs: 3 * 3_600_000,
    })
  })

  test('a container restarting every 0 ms with its only host down', () => {
    const scenario = restartLoop()
    const error = refusalOf(runToEnd(createTimeline(scenario, { budget })))
    expect(error.refusal.cause).toMatchObject({ kind: 'restarts', job: 'counter_1', hostsUp: 0 })
    expect(error.refusal.stoppedAtMs).toBe(10_000)
    expect(error.message).toMatch(/restarting every 0 ms with its only host down/)
    expect(error.message).not.toMatch(/producer/)
  })
})

test('the 2.9M-record link is valid and estimated just under the budget, so it is run, not refused', () => {
  const scenario = nearBudgetRecords()
  expect(estimateWork(scenario, DEFAULT_WORK_BUDGET)).toBeNull()
  // Just under: 5% more records would be refused before anything runs.
  const producer = scenario.producers[0]
  if (producer === undefined) throw new Error('the scenario has its producer')
  const more = {
    ...scenario,
    producers: [{ ...producer, recordsPerSecond: producer.recordsPerSecond * 1.05 }],
  }
  expect(estimateWork(more, DEFAULT_WORK_BUDGET)?.cause.kind).toBe('records')
})
