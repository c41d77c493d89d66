import { isCompacted } from './config'
import { logToClean } from './cleanable'
import type { World } from '../world'

/**
 * Why a cleaner iteration found nothing to clean, naming the numbers Kafka's choice rests on: a log
 * is cleaned only when its dirty ratio exceeds `min.cleanable.dirty.ratio` (or `max.compaction.lag.ms`
 * forces it), and only records below the active segment and older than `min.compaction.lag.ms` count.
 */
export function whyNothingToClean(world: World): string {
  let dirtiest: { name: string; ratio: number; threshold: number } | null = null
  let compactedLogs = 0
  for (const topic of world.topics.values()) {
    if (!isCompacted(topic.config)) continue
    for (const log of topic.partitions) {
      compactedLogs++
      const candidate = logToClean(log, topic.config, world.now, undefined, world.clockStartMs)
      if (candidate.totalBytes === 0) continue
      if (dirtiest === null || candidate.cleanableRatio > dirtiest.ratio) {
        dirtiest = {
          name: `${topic.name}-${String(log.partition)}`,
          ratio: candidate.cleanableRatio,
          threshold: topic.config['min.cleanable.dirty.ratio'],
        }
      }
    }
  }
  if (compactedLogs === 0) return 'no topic has cleanup.policy=compact'
  if (dirtiest === null)
    return 'every compacted log holds records only in its active segment or within min.compaction.lag.ms'
  return (
    `the dirtiest log, ${dirtiest.name}, has dirty ratio ${dirtiest.ratio.toFixed(2)}, ` +
    `not above min.cleanable.dirty.ratio ${dirtiest.threshold.toFixed(2)}`
  )
}
