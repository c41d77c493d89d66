import type { ActionAtCursor } from '../../../store/appStore'
import type { JobSettingsOverrides } from '../../../sim'
import type { FormContext, JobChoice } from '../formContext'
import {
  epochTimestamp,
  positiveNumber,
  read,
  validName,
  wholeNumber,
  withFieldProblems,
} from '../parseField'
import type { JobActionType, JobFields, RestartFields } from './jobForm'

/** Which jobs an action can act on, so the form first offers one it will not refuse. */
const SUITS: Readonly<Record<JobActionType, (status: JobChoice['status']) => boolean>> = {
  'job.start': (status) => status !== 'running',
  'job.stop': (status) => status === 'running',
  'job.crash': (status) => status === 'running',
  // Checkpoints are read only at start: a stopped job is the one a rewind means (a running one
  // is allowed, with a warning, since the real tool does not refuse).
  'checkpoint.write': (status) => status !== 'running',
  'changelog.rename': (status) => status !== 'running',
  'job.decommission': (status) => status !== 'decommissioned',
}

/** The job the fields name; else the first the action suits; else the scenario's first. */
export function chosenJob(
  type: JobActionType,
  fields: JobFields,
  context: FormContext,
): JobChoice | undefined {
  return (
    context.jobs.find((j) => j.app === fields.job) ??
    context.jobs.find((j) => SUITS[type](j.status)) ??
    context.jobs[0]
  )
}

/** The key of an input partition in `checkpointOffsets`. */
export function partitionKey(p: { readonly topic: string; readonly partition: number }): string {
  return `${p.topic}-${p.partition}`
}

/** `{ [key]: parse(text) }`, or nothing when the field was left blank. */
function ifFilled<K extends keyof JobSettingsOverrides>(
  key: K,
  text: string,
  parse: (text: string) => JobSettingsOverrides[K],
): JobSettingsOverrides {
  return text.trim() === '' ? {} : { [key]: parse(text) }
}

/** Only the settings the user filled in: the scenario keeps a start's `set` minimal. */
export function restartSettings(fields: RestartFields): JobSettingsOverrides | string {
  return withFieldProblems(() => ({
    ...ifFilled('samza.offset.default', fields.offsetDefault, (v) =>
      v === 'oldest' ? 'oldest' : 'upcoming',
    ),
    ...ifFilled('samza.reset.offset', fields.resetOffset, (v) => v === 'true'),
    ...ifFilled('changelog', fields.changelog, (v) => read(validName(v, 'The changelog')).name),
    ...ifFilled('output', fields.output, (v) => read(validName(v, 'The output')).name),
    ...ifFilled('processingRate', fields.processingRate, (v) =>
      read(positiveNumber(v, 'The processing rate')),
    ),
    ...ifFilled('task.commit.ms', fields.commitMs, (v) => read(wholeNumber(v, 'task.commit.ms'))),
    ...ifFilled('job.host-affinity.enabled', fields.hostAffinity, (v) => v === 'true'),
  }))
}

function checkpointAction(fields: JobFields, job: JobChoice): ActionAtCursor | string {
  if (fields.checkpointBy === 'timestamp') {
    const timestamp = epochTimestamp(fields.checkpointTime, 'The timestamp')
    if (typeof timestamp === 'string') return timestamp
    return { type: 'checkpoint.write', job: job.app, offsets: null, timestamp }
  }
  if (job.inputPartitions.length === 0) return `${job.app} has no input partition to checkpoint`
  const offsets = []
  for (const p of job.inputPartitions) {
    const text = fields.checkpointOffsets[partitionKey(p)] ?? '-1'
    const offset = wholeNumber(text, `The offset for ${partitionKey(p)}`, -1)
    if (typeof offset === 'string') return offset
    offsets.push({ ...p, offset })
  }
  return { type: 'checkpoint.write', job: job.app, offsets, timestamp: null }
}

function crashAction(fields: JobFields, job: JobChoice): ActionAtCursor | string {
  const container = wholeNumber(fields.container, 'The container')
  if (typeof container === 'string') return container
  const crash = { type: 'job.crash', job: job.app, container } as const
  if (fields.crashRestart === 'cluster') return crash
  if (fields.crashRestart === 'never') return { ...crash, restartAfterMs: null }
  const restartAfterMs = wholeNumber(fields.crashRestartMs, 'The restart delay')
  return typeof restartAfterMs === 'string' ? restartAfterMs : { ...crash, restartAfterMs }
}

/** The job action the fields describe, or what is wrong with it. */
export function buildJobAction(
  type: JobActionType,
  fields: JobFields,
  context: FormContext,
): ActionAtCursor | string {
  const job = chosenJob(type, fields, context)
  if (job === undefined) return 'This scenario has no job yet: start a new one first'
  switch (type) {
    case 'job.start': {
      const set = restartSettings(fields.restart)
      return typeof set === 'string' ? set : { type, job: job.app, set }
    }
    case 'changelog.rename': {
      if (fields.restart.changelog.trim() === '') return 'Give the new changelog a name'
      const name = validName(fields.restart.changelog, 'The changelog')
      return typeof name === 'string'
        ? name
        : { type: 'job.start', job: job.app, set: { changelog: name.name } }
    }
    case 'job.stop':
    case 'job.decommission':
      return { type, job: job.app }
    case 'job.crash':
      return crashAction(fields, job)
    case 'checkpoint.write':
      return checkpointAction(fields, job)
  }
}
