import type { StepView } from '../../lessons/lesson'
import type { Scenario } from '../../scenario/schema'
import { topicChoicesOf } from '../../derive/simulation'
import { hasPartition } from '../../derive/topicChoices'

/**
 * A step's `topic-partition` as the partition picker names it, when the scenario ever has that
 * partition (its own topics and those its jobs create). Topic names may hold dashes themselves,
 * so the number is what follows the last one.
 */
export function stepPartition(
  view: StepView | undefined,
  scenario: Scenario,
): { topic: string; partition: number } | null {
  const name = view?.partition
  if (name === undefined) return null
  const dash = name.lastIndexOf('-')
  const topic = name.slice(0, dash)
  const digits = name.slice(dash + 1)
  if (dash <= 0 || !/^\d+$/.test(digits)) return null
  const partition = Number(digits)
  const choices = topicChoicesOf(scenario)
  return hasPartition(choices, topic, partition) ? { topic, partition } : null
}
