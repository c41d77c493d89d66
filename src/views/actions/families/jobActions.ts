import type { ActionAtCursor } from '../../../store/appStore'
import type { JobSettingsOverrides } from '../../../sim'
import type { BuildersFor, FormContext, JobChoice } from '../formContext'
import { epochTimestamp, read, schemaNumber, validName, withFieldProblems } from '../parseField'
import { actionNumber } from '../schemaFields'
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
      read(
        schemaNumber(v, 'The catch-up rate', actionNumber('job.start', 'set', 'processingRate')),
      ),
    ),
    ...ifFilled('task.commit.ms', fields.commitMs, (v) =>
      read(schemaNumber(v, 'task.commit.ms', actionNumber('job.start', 'set', 'task.commit.ms'))),
    ),
    ...ifFilled('job.host-affinity.enabled', fields.hostAffinity, (v) => v === 'true'),
  }))
}

/** CheckpointTool's timestamp as typed: epoch milliseconds or a UTC date, on the scenario's clock. */
export function checkpointTimestamp(text: string): number | string {
  return epochTimestamp(text, 'The timestamp', actionNumber('checkpoint.write', 'timestamp'))
}

function checkpointAction(fields: JobFields, job: JobChoice): ActionAtCursor | string {
  if (fields.checkpointBy === 'timestamp') {
    const timestamp = checkpointTimestamp(fields.checkpointTime)
    if (typeof timestamp === 'string') return timestamp
    return { type: 'checkpoint.write', job: job.app, offsets: null, timestamp }
  }
  if (job.inputPartitions.length === 0) return `${job.app} has no input partition to checkpoint`
  const bounds = actionNumber('checkpoint.write', 'offsets', 'each', 'offset')
  const offsets = []
  for (const p of job.inputPartitions) {
    const text = fields.checkpointOffsets[partitionKey(p)] ?? '-1'
    const offset = schemaNumber(text, `The offset for ${partitionKey(p)}`, bounds)
    if (typeof offset === 'string') return offset
    offsets.push({ ...p, offset })
  }
  return { type: 'checkpoint.write', job: job.app, offsets, timestamp: null }
}

function crashAction(fields: JobFields, job: JobChoice): ActionAtCursor | string {
  const container = schemaNumber(
    fields.container,
    'The container',
    actionNumber('job.crash', 'container'),
  )
  if (typeof container === 'string') return container
  const crash = { type: 'job.crash', job: job.app, container } as const
  if (fields.crashRestart === 'cluster') return crash
  if (fields.crashRestart === 'never') return { ...crash, restartAfterMs: null }
  const restartAfterMs = schemaNumber(
    fields.crashRestartMs,
    'The restart delay in ms',
    actionNumber('job.crash', 'restartAfterMs'),
  )
  return typeof restartAfterMs === 'string' ? restartAfterMs : { ...crash, restartAfterMs }
}

/** The fields' changelog as a restart's new one (the name is required). */
function renamedChangelog(fields: JobFields, job: JobChoice): ActionAtCursor | string {
  if (fields.restart.changelog.trim() === '') return 'Give the new changelog a name'
  const name = validName(fields.restart.changelog, 'The changelog')
  return typeof name === 'string'
    ? name
    : { type: 'job.start', job: job.app, set: { changelog: name.name } }
}

/** An action on the job the fields name, or the first the action suits. */
function onJob(
  type: JobActionType,
  build: (fields: JobFields, job: JobChoice) => ActionAtCursor | string,
): (fields: JobFields, context: FormContext) => ActionAtCursor | string {
  return (fields, context) => {
    const job = chosenJob(type, fields, context)
    return job === undefined
      ? 'This scenario has no job yet: start a new one first'
      : build(fields, job)
  }
}

const JOB_BUILDERS: BuildersFor<JobActionType, JobFields> = {
  'job.start': onJob('job.start', (fields, job) => {
    const set = restartSettings(fields.restart)
    return typeof set === 'string' ? set : { type: 'job.start', job: job.app, set }
  }),
  'changelog.rename': onJob('changelog.rename', renamedChangelog),
  'job.stop': onJob('job.stop', (_fields, job) => ({ type: 'job.stop', job: job.app })),
  'job.decommission': onJob('job.decommission', (_fields, job) => ({
    type: 'job.decommission',
    job: job.app,
  })),
  'job.crash': onJob('job.crash', crashAction),
  'checkpoint.write': onJob('checkpoint.write', checkpointAction),
}

/** The job action the fields describe, or what is wrong with it. */
export function buildJobAction(
  type: JobActionType,
  fields: JobFields,
  context: FormContext,
): ActionAtCursor | string {
  return JOB_BUILDERS[type](fields, context)
}
