import type { StepView } from '../../lessons/lesson'
import type { World } from '../../sim'

/**
 * A step's `topic-partition` as the partition picker names it, when `world` (at the step's time)
 * has that partition: jobs create changelog, checkpoint and output topics as they run. Topic names
 * may hold dashes themselves, so the number is what follows the last one.
 */
export function stepPartition(
  view: StepView | undefined,
  world: World,
): { topic: string; partition: number } | null {
  const name = view?.partition
  if (name === undefined) return null
  const dash = name.lastIndexOf('-')
  const topic = name.slice(0, dash)
  const digits = name.slice(dash + 1)
  if (dash <= 0 || !/^\d+$/.test(digits)) return null
  const partition = Number(digits)
  return world.topics.get(topic)?.partitions[partition] !== undefined ? { topic, partition } : null
}
