import type { JobSnapshot, ProcessorSpec, TaskSnapshot } from '../../sim'
import { reopenedOffsets } from './containerLines'
import { formatSimTime } from '../../derive/scene/format'

/** What a job is doing, in the words of the panel: the core's status refined by its containers. */
export type JobDisplayStatus =
  'never started' | 'restoring' | 'running' | 'stopped' | 'crashed-waiting' | 'decommissioned'

export interface InputRow {
  readonly input: string
  readonly position: string
  readonly lastProcessed: string
  readonly checkpoint: string
  readonly logEnd: string
  readonly lag: string
}

export interface TaskRows {
  readonly name: string
  readonly container: number
  readonly sinceCheckpoint: string
  readonly latency: string
  readonly inputs: readonly InputRow[]
}

export interface JobCard {
  readonly name: string
  readonly status: JobDisplayStatus
  /** Only while running: a stopped job's last run may have caught up, but it is not now. */
  readonly caughtUp: boolean
  readonly processor: string
  readonly settings: readonly { readonly label: string; readonly value: string }[]
  /** Which config the current (or last) run uses; null before the first start. */
  readonly runConfig: string | null
  /** One line per restoring container. */
  readonly restores: readonly string[]
  readonly tasks: readonly TaskRows[]
}

export function displayStatus(job: JobSnapshot): JobDisplayStatus {
  if (job.status !== 'running') return job.status
  if (job.containers.some((c) => c.status === 'waiting')) return 'crashed-waiting'
  if (job.containers.some((c) => c.status === 'restoring')) return 'restoring'
  return 'running'
}

export function describeProcessor(processor: ProcessorSpec, store: string): string {
  switch (processor.type) {
    case 'count':
      return `Counts records per key in store ${store} and sends each new count`
    case 'latest':
      return `Keeps the latest value per key in store ${store} and sends it on`
    case 'enrich':
      return `Joins each record with the latest value of its key in ${processor.table} (read first, as a bootstrap input)`
  }
}

/** `last processed = N → resumes at N+1`, as a Samza checkpoint reads. */
export function describeCheckpoint(checkpointed: number | null): string {
  return checkpointed === null
    ? 'none yet'
    : `last processed = ${checkpointed} → resumes at ${checkpointed + 1}`
}

const orDash = (n: number | null): string => (n === null ? '—' : String(n))

function taskRows(task: TaskSnapshot): TaskRows {
  return {
    name: task.name,
    container: task.container,
    sinceCheckpoint: String(task.sinceCommit),
    latency: task.latencyMs === null ? '—' : formatSimTime(task.latencyMs),
    inputs: task.inputs.map((input) => ({
      input: `${input.topic}-${input.partition}`,
      position: orDash(input.position),
      lastProcessed: orDash(input.lastProcessed),
      checkpoint: describeCheckpoint(input.checkpointed),
      logEnd: input.logEndOffset === null ? 'topic deleted' : String(input.logEndOffset),
      lag: String(input.lag),
    })),
  }
}

function restoreLines(job: JobSnapshot, now: number): string[] {
  return job.containers.flatMap((c) => {
    if (c.status !== 'restoring') return []
    const done =
      c.restoreEndsAt === null
        ? ''
        : `, done in ${formatSimTime(Math.max(0, c.restoreEndsAt - now))}`
    if (job.settings['job.host-affinity.enabled'] !== true)
      return [`Container ${c.index} restores ${c.restoreRecords} changelog records${done}`]
    const reopened = reopenedOffsets(job, c.index)
    const read = restoredSoFar(c, job.settings.restoreRate, now)
    return [
      reopened.length === 0
        ? `Container ${c.index} has no copy of its store on host ${c.host} to reopen: it replays the whole changelog, ${read} of ${c.restoreRecords} records read${done}`
        : `Container ${c.index} reopened the store it left on host ${c.host} (OFFSET ${reopened.join(', ')}) and replays only the changelog after it, ${read} of ${c.restoreRecords} records read${done}`,
    ]
  })
}

/** Changelog records a restoring container has read by `now`, at the job's restore rate. */
function restoredSoFar(container: JobSnapshot['containers'][number], rate: number, now: number) {
  const left = container.restoreEndsAt === null ? 0 : container.restoreEndsAt - now
  return Math.max(0, container.restoreRecords - Math.ceil((Math.max(0, left) * rate) / 1000))
}

/** A start deploys the declared job.properties plus its own changes; none carry over. */
function runConfigLine(job: JobSnapshot): string | null {
  if (job.startedAt === null) return null
  const run = job.status === 'running' ? 'This run' : 'The last run'
  const changes = job.changedSettings
  return changes.length === 0
    ? `${run} (started at ${formatSimTime(job.startedAt)}) uses the declared job.properties unchanged.`
    : `${run} (started at ${formatSimTime(job.startedAt)}) uses the declared job.properties with ${changes.join(', ')}, set at that start; a later start without them runs the declared values.`
}

export function buildJobCard(job: JobSnapshot, now: number): JobCard {
  const s = job.settings
  const status = displayStatus(job)
  return {
    name: job.job,
    status,
    caughtUp: job.caughtUp && status === 'running',
    processor: describeProcessor(job.processor, job.store),
    settings: [
      { label: 'samza.offset.default', value: s['samza.offset.default'] },
      { label: 'changelog', value: s.changelog ?? 'none' },
      { label: 'output', value: s.output ?? 'none' },
      { label: 'task.commit.ms', value: String(s['task.commit.ms']) },
      { label: 'output guard', value: s.outputGuard },
      ...(s['job.host-affinity.enabled'] === true
        ? [{ label: 'job.host-affinity.enabled', value: 'true' }]
        : []),
    ],
    runConfig: runConfigLine(job),
    restores: restoreLines(job, now),
    tasks: job.tasks.map(taskRows),
  }
}
