import type { EventSink } from '../events'
import { produceBatch } from '../produce'
import type { SimScenario } from '../scenario'
import type { TopicState, World } from '../world'
import { samzaPartitionForKey } from './javaHash'
import type { JobState, TaskState } from './state'

/** An output message and the timestamp of the input record it came from. */
export interface PendingOutput {
  readonly key: string
  readonly value: string | null
  readonly sourceTimestamp: number
}

/**
 * Mutates `world`: sends a task's outputs to the job's output topic, partitioned as Samza's producer
 * does. With the guard on, a message whose source record is older than the newest source already
 * written for that key is dropped: a conditional write, as a database with a version column allows.
 * Without it, the last writer wins even with older data. Returns how many the guard dropped.
 */
export function sendOutputs(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  job: JobState,
  task: TaskState,
  outputs: readonly PendingOutput[],
): number {
  const topic = job.settings.output === null ? undefined : world.topics.get(job.settings.output)
  if (!topic) return 0
  const guarded = job.settings.outputGuard === 'newer-source-timestamp'
  let skipped = 0
  for (const output of outputs) {
    const partition = samzaPartitionForKey(output.key, topic.partitions.length)
    const versionKey = outputVersionKey(topic, partition, output.key)
    const newest = world.outputVersions.get(versionKey)
    if (guarded && newest !== undefined && output.sourceTimestamp < newest) {
      skipped++
      continue
    }
    ownOutputVersions(world).set(versionKey, output.sourceTimestamp)
    produceBatch(world, scenario, sink, { topic: topic.name, partition, producer: job.app }, [
      { key: output.key, value: output.value, timestamp: world.now },
    ])
    task.sent++
  }
  return skipped
}

function outputVersionKey(topic: TopicState, partition: number, key: string): string {
  return `${topic.name}\u0000${partition}\u0000${key}`
}

/** Copy-on-write: keyframes share the version map until the next write. */
function ownOutputVersions(world: World): Map<string, number> {
  if (world.outputVersionsShared) {
    world.outputVersions = new Map(world.outputVersions)
    world.outputVersionsShared = false
  }
  return world.outputVersions
}
