import type { EventSink } from '../events'
import { readWholeLog } from '../log/fetch'
import { produceBatch } from '../produce'
import type { CheckpointEntry, JobSpec, SimScenario } from '../simScenario'
import type { World } from '../world'
import { checkpointTopicName } from './naming'
import { CHECKPOINT_TOPIC_CONFIG, ensureTopic } from './topics'

/**
 * Checkpoints as messages in the job's checkpoint topic (one partition, compacted): one message per
 * task per commit, keyed by the task, holding the last processed offset of each input partition.
 * Simplification: the key leaves out the grouper factory and the value is a flat map
 * `{"kafka.<topic>.<partition>": "<offset>"}` instead of Samza's nested v1 JSON.
 */

const SYSTEM_PREFIX = 'kafka.'

export function checkpointKey(task: string): string {
  return JSON.stringify({ taskName: task, type: 'checkpoint' })
}

function encodeOffsets(entries: readonly CheckpointEntry[]): string {
  const value: Record<string, string> = {}
  for (const e of entries) value[`${SYSTEM_PREFIX}${e.topic}.${e.partition}`] = String(e.offset)
  return JSON.stringify(value)
}

function decodeOffsets(value: string): CheckpointEntry[] {
  const parsed: unknown = JSON.parse(value)
  if (typeof parsed !== 'object' || parsed === null) return []
  const entries: CheckpointEntry[] = []
  for (const [ssp, offset] of Object.entries(parsed)) {
    const dot = ssp.lastIndexOf('.')
    if (!ssp.startsWith(SYSTEM_PREFIX) || dot <= SYSTEM_PREFIX.length) continue
    entries.push({
      topic: ssp.slice(SYSTEM_PREFIX.length, dot),
      partition: Number(ssp.slice(dot + 1)),
      offset: Number(offset),
    })
  }
  return entries
}

function decodeTask(key: string): string | null {
  const parsed: unknown = JSON.parse(key)
  if (typeof parsed !== 'object' || parsed === null || !('taskName' in parsed)) return null
  return typeof parsed.taskName === 'string' ? parsed.taskName : null
}

/**
 * What a container reads at start (`KafkaCheckpointManager.readCheckpoints`): the whole topic from its
 * oldest offset, keeping the newest message per task. No topic means no checkpoints.
 */
export function readCheckpoints(world: World, spec: JobSpec): Map<string, CheckpointEntry[]> {
  const checkpoints = new Map<string, CheckpointEntry[]>()
  const log = world.topics.get(checkpointTopicName(spec))?.partitions[0]
  if (!log) return checkpoints
  for (const record of readWholeLog(log)) {
    if (record.key === null) continue
    const task = decodeTask(record.key)
    if (task === null) continue
    if (record.value === null) checkpoints.delete(task)
    else checkpoints.set(task, decodeOffsets(record.value))
  }
  return checkpoints
}

/** Mutates `world`: appends one checkpoint message per task, creating the topic when missing. */
export function writeCheckpoints(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  spec: JobSpec,
  writer: string,
  byTask: ReadonlyMap<string, readonly CheckpointEntry[]>,
): void {
  const topic = ensureTopic(world, sink, {
    name: checkpointTopicName(spec),
    partitions: 1,
    config: CHECKPOINT_TOPIC_CONFIG,
    by: writer,
    purpose: 'checkpoint',
  })
  for (const [task, entries] of byTask) {
    produceBatch(world, scenario, sink, { topic: topic.name, partition: 0, producer: writer }, [
      { key: checkpointKey(task), value: encodeOffsets(entries), timestamp: world.now },
    ])
  }
}
