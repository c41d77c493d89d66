import type { StepView } from '../../lessons'
import type { Scenario } from '../../scenario/schema'
import { topicChoicesOf } from '../../derive/simulation'
import { hasPartition } from '../../derive/topicChoices'

/**
 * The partition a step shows, when the scenario ever has it (its own topics and those its jobs
 * create); a lesson written for another scenario shows what it can.
 */
export function stepPartition(
  view: StepView | undefined,
  scenario: Scenario,
): { topic: string; partition: number } | null {
  if (view?.topic === undefined) return null
  const { topic } = view
  const partition = view.partition ?? 0
  return hasPartition(topicChoicesOf(scenario), topic, partition) ? { topic, partition } : null
}
