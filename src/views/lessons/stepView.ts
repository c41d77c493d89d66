import type { StepView } from '../../lessons/lesson'
import type { Scenario } from '../../scenario/schema'

/**
 * A step's `topic-partition` as the partition picker names it, when the scenario has that
 * partition. Topic names may hold dashes themselves, so the number is what follows the last one.
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
  const known = scenario.topics.find((t) => t.name === topic)
  return known !== undefined && partition < known.partitions ? { topic, partition } : null
}
