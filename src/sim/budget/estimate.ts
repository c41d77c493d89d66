import type { SimScenario } from '../simScenario'
import { describeBudgetRefusal } from './describeWork'
import type { BudgetRefusal, WorkBudget, WorkCause } from './workBudget'
import { SimulationBudgetError } from './workBudget'

/** What can be counted without running `scenario`, each with the work units it costs at least. */
function foreseeableParts(scenario: SimScenario): { units: number; cause: WorkCause }[] {
  const parts: { units: number; cause: WorkCause }[] = []
  let records = 0
  let topProducer: { name: string; records: number } | null = null
  for (const p of scenario.producers) {
    const sent = (Math.max(0, p.stopMs - p.startMs) * p.recordsPerSecond) / 1000
    records += sent
    if (topProducer === null || sent > topProducer.records)
      topProducer = { name: p.name, records: sent }
  }
  parts.push({
    units: records,
    cause: {
      kind: 'records',
      producer: topProducer?.name ?? null,
      producers: scenario.producers.length,
      records,
    },
  })
  for (const c of scenario.consumers) {
    if (c.pollIntervalMs === null) continue
    const forMs = Math.max(0, scenario.durationMs - c.startMs)
    parts.push({
      units: forMs / c.pollIntervalMs,
      cause: { kind: 'polls', consumer: c.name, pollIntervalMs: c.pollIntervalMs, forMs },
    })
  }
  return parts
}

/**
 * The work `scenario` needs at least, in units: every generated record and every consumer poll is
 * an event, and every scheduled action runs once (a cleaner run far more: it reads the log).
 */
export function foreseeableWork(scenario: SimScenario): number {
  const units = foreseeableParts(scenario).reduce((sum, p) => sum + p.units, 0)
  return units + scenario.actions.length
}

/**
 * A lower bound on the work `scenario` needs, from what can be counted without running it: every
 * generated record and every consumer poll is an event. Over the budget, the refusal names the
 * biggest contributor; under it, the run's own meter still watches what cannot be foreseen
 * (cleaner passes, restarts).
 */
export function estimateWork(scenario: SimScenario, budget: WorkBudget): BudgetRefusal | null {
  const parts = foreseeableParts(scenario)
  const total = parts.reduce((sum, p) => sum + p.units, 0)
  if (total <= budget.maxWork) return null
  const biggest = parts.reduce((a, b) => (b.units > a.units ? b : a))
  return {
    cause: biggest.cause,
    used: Math.floor(total),
    maxWork: budget.maxWork,
    stoppedAtMs: null,
  }
}

/** Throws the estimate's refusal, if any, before anything runs. */
export function assertWithinEstimate(scenario: SimScenario, budget: WorkBudget): void {
  const refusal = estimateWork(scenario, budget)
  if (refusal !== null) throw new SimulationBudgetError(refusal, describeBudgetRefusal(refusal))
}
