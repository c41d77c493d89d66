import type { JobSpec } from '../simScenario'

/**
 * Samza's names for what a job owns. A job is the pair (job.name, job.id): only the checkpoint topic
 * (and the YARN application name) is derived from both; a low-level store's changelog is whatever
 * `stores.<store>.changelog` says.
 */

type JobIdentity = Pick<JobSpec, 'job.name' | 'job.id'>

/**
 * The YARN application name, `<job.name>_<job.id>`, as the real-world commands print it. Two jobs
 * can share it (`a_b`/`1` and `a`/`b_1`), so it never identifies a job: see `jobKey`.
 */
export function appName(spec: JobIdentity): string {
  return `${spec['job.name']}_${spec['job.id']}`
}

/**
 * The job's identity as one string, how actions, events and the UI refer to it. When job.name has
 * no `_`, it is the YARN application name (the first `_` then separates name from id); otherwise
 * `<job.name>/<job.id>`, since `/` is in neither. Two different pairs never get the same key.
 */
export function jobKey(spec: JobIdentity): string {
  const name = spec['job.name']
  return name.includes('_') ? `${name}/${spec['job.id']}` : `${name}_${spec['job.id']}`
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
