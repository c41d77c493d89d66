import type { JobSpec } from '../simScenario'

/**
 * Samza's names for what a job owns. Only the checkpoint topic (and the YARN application name) is
 * keyed by job.name + job.id; a low-level store's changelog is whatever `stores.<store>.changelog` says.
 */

/** The YARN application name, `<job.name>_<job.id>`: how actions and the UI refer to a job. */
export function appName(spec: Pick<JobSpec, 'job.name' | 'job.id'>): string {
  return `${spec['job.name']}_${spec['job.id']}`
}

/** What every (version 1) checkpoint topic name starts with. */
export const CHECKPOINT_TOPIC_PREFIX = '__samza_checkpoint_ver_1_for_'

/** `KafkaUtil.getCheckpointTopic`: version 1, with every `_` in name and id replaced by `-`. */
export function checkpointTopicName(spec: Pick<JobSpec, 'job.name' | 'job.id'>): string {
  const clean = (s: string): string => s.replaceAll('_', '-')
  return `${CHECKPOINT_TOPIC_PREFIX}${clean(spec['job.name'])}_${clean(spec['job.id'])}`
}

/** GroupByPartition's task for partition N of every input. */
export function taskName(partition: number): string {
  return `Partition ${partition}`
}

/** Every topic the job's tasks read: `task.inputs`, then an enrich processor's table. */
export function inputTopics(spec: JobSpec): readonly string[] {
  return spec.processor.type === 'enrich' ? [...spec.inputs, spec.processor.table] : spec.inputs
}

/** Topics read to their head before any other input (`samza.bootstrap=true`). */
export function isBootstrapInput(spec: JobSpec, topic: string): boolean {
  return spec.processor.type === 'enrich' && spec.processor.table === topic
}
