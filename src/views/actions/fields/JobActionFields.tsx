import type { ReactNode } from 'react'
import { epochDateText } from '../../../sim'
import { checkpointTimestamp, chosenJob, partitionKey } from '../families/jobActions'
import type { JobActionType, JobFields, RestartFields } from '../families/jobForm'
import { HOST_AFFINITY_HELP } from '../families/jobForm'
import type { FormContext, JobChoice } from '../formContext'
import { SelectField, TextField } from './inputs'

interface Props {
  readonly type: JobActionType
  readonly fields: JobFields
  readonly context: FormContext
  readonly onChange: (change: Partial<JobFields>) => void
}

/** The job to act on, then what the action needs: settings, a container or checkpoint offsets. */
export default function JobActionFields({ type, fields, context, onChange }: Props) {
  const job = chosenJob(type, fields, context)
  if (job === undefined) return <p className="actions__hint">This scenario has no job yet.</p>
  return (
    <>
      <SelectField
        label="Job"
        value={job.app}
        options={context.jobs.map((j) => ({ value: j.app, label: `${j.app} (${j.status})` }))}
        onChange={(app) => {
          onChange({ job: app })
        }}
      />
      <JobSpecifics type={type} job={job} fields={fields} onChange={onChange} />
    </>
  )
}

type SpecificsProps = Omit<Props, 'context'> & { readonly job: JobChoice }

function StartSettings({ job, fields, onChange }: SpecificsProps) {
  return (
    <RestartSettings
      job={job}
      fields={fields.restart}
      onChange={(change) => {
        onChange({ restart: { ...fields.restart, ...change } })
      }}
    />
  )
}

function NewChangelog({ job, fields, onChange }: SpecificsProps) {
  return (
    <TextField
      label="New changelog"
      value={fields.restart.changelog}
      placeholder={`${job.settings.changelog ?? job.spec.store}-v2`}
      onChange={(changelog) => {
        onChange({ restart: { ...fields.restart, changelog } })
      }}
    />
  )
}

/**
 * What each job choice needs beyond the job (nothing for a stop or a decommission); typed over the
 * family's choices, so none can lack an entry.
 */
const JOB_SPECIFICS: {
  readonly [K in JobActionType]: ((props: SpecificsProps) => ReactNode) | null
} = {
  'job.start': StartSettings,
  'changelog.rename': NewChangelog,
  'job.crash': CrashFields,
  'checkpoint.write': CheckpointFields,
  'job.stop': null,
  'job.decommission': null,
}

function JobSpecifics(props: SpecificsProps) {
  const Specifics = JOB_SPECIFICS[props.type]
  return Specifics === null ? null : <Specifics {...props} />
}

/**
 * A start's job.properties changes; a blank field takes the job's declared setting, since a start
 * runs exactly the config it is given (an earlier start's changes do not carry over).
 */
function RestartSettings({
  job,
  fields,
  onChange,
}: {
  readonly job: JobChoice
  readonly fields: RestartFields
  readonly onChange: (change: Partial<RestartFields>) => void
}) {
  const s = job.spec
  const declared = (value: string) => ({ value: '' as const, label: `as declared (${value})` })
  /** A boolean setting's choices: keep what the job declares, or set it. */
  const declaredOrBoolean = (value: unknown) => [
    declared(String(value)),
    { value: 'true' as const, label: 'true' },
    { value: 'false' as const, label: 'false' },
  ]
  return (
    <>
      <p className="actions__hint">
        A start runs exactly the config it is given: a blank field takes the job&apos;s declared
        setting, even if an earlier start changed it.
      </p>
      <SelectField
        label="samza.offset.default"
        value={fields.offsetDefault}
        options={[
          declared(s['samza.offset.default']),
          { value: 'upcoming', label: 'upcoming' },
          { value: 'oldest', label: 'oldest' },
        ]}
        onChange={(offsetDefault) => {
          onChange({ offsetDefault })
        }}
      />
      <SelectField
        label="samza.reset.offset"
        value={fields.resetOffset}
        options={declaredOrBoolean(s['samza.reset.offset'])}
        onChange={(resetOffset) => {
          onChange({ resetOffset })
        }}
      />
      <SelectField
        label="job.host-affinity.enabled"
        value={fields.hostAffinity}
        options={declaredOrBoolean(s['job.host-affinity.enabled'])}
        help={HOST_AFFINITY_HELP}
        onChange={(hostAffinity) => {
          onChange({ hostAffinity })
        }}
      />
      {(
        [
          ['changelog', 'Changelog', s.changelog ?? 'none'],
          ['output', 'Output', s.output ?? 'none'],
          ['processingRate', 'Catch-up rate (records/s per task)', String(s.processingRate)],
          ['commitMs', 'task.commit.ms', String(s['task.commit.ms'])],
        ] as const
      ).map(([key, label, current]) => (
        <TextField
          key={key}
          label={label}
          value={fields[key]}
          placeholder={current}
          onChange={(value) => {
            onChange({ [key]: value })
          }}
        />
      ))}
    </>
  )
}

/** Which container dies, and what the cluster manager does then. */
function CrashFields({ job, fields, onChange }: SpecificsProps) {
  return (
    <>
      <SelectField
        label="Container"
        value={fields.container}
        options={Array.from({ length: Math.max(1, job.containers) }, (_, i) => ({
          value: String(i),
          label: `container ${i}`,
        }))}
        onChange={(container) => {
          onChange({ container })
        }}
      />
      <SelectField
        label="Then"
        value={fields.crashRestart}
        options={[
          { value: 'cluster', label: 'restart after containerRestartMs' },
          { value: 'after', label: 'restart after…' },
          { value: 'never', label: 'stay down: the job fails' },
        ]}
        onChange={(crashRestart) => {
          onChange({ crashRestart })
        }}
      />
      {fields.crashRestart === 'after' && (
        <TextField
          label="Restart after (ms)"
          value={fields.crashRestartMs}
          onChange={(crashRestartMs) => {
            onChange({ crashRestartMs })
          }}
        />
      )}
      {fields.crashRestart === 'never' && (
        <p className="actions__hint">
          The cluster manager gives up (its retries are used up): the job fails, every container
          stops without a commit, and it stays down until you start it again.
        </p>
      )}
    </>
  )
}

/** CheckpointTool's new offsets, one per input partition, or an offset lookup by timestamp. */
function CheckpointFields({ job, fields, onChange }: SpecificsProps) {
  return (
    <>
      {job.status === 'running' && (
        <p className="actions__hint actions__hint--warning" role="note">
          {job.app} is running at the cursor: the tool writes this checkpoint, but the running job
          read its checkpoints when it started and ignores it, and its next commit (within
          task.commit.ms) overwrites it. Only a container that restarts before that commit picks it
          up. Stop the job first to rewind it.
        </p>
      )}
      <SelectField
        label="New checkpoint"
        value={fields.checkpointBy}
        options={[
          { value: 'offset', label: 'by offset (--new-offsets)' },
          { value: 'timestamp', label: 'by timestamp' },
        ]}
        onChange={(checkpointBy) => {
          onChange({ checkpointBy })
        }}
      />
      {fields.checkpointBy === 'timestamp' ? (
        <>
          <TextField
            label="First record at or after (epoch ms, or a UTC date)"
            value={fields.checkpointTime}
            placeholder="1714557600000 or 2024-05-01 10:00:00"
            onChange={(checkpointTime) => {
              onChange({ checkpointTime })
            }}
          />
          <p className="actions__hint" role="status">
            {timestampReading(fields.checkpointTime)}
          </p>
        </>
      ) : (
        job.inputPartitions.map((p) => (
          <TextField
            key={partitionKey(p)}
            label={`${partitionKey(p)} last processed`}
            value={fields.checkpointOffsets[partitionKey(p)] ?? '-1'}
            onChange={(offset) => {
              onChange({
                checkpointOffsets: { ...fields.checkpointOffsets, [partitionKey(p)]: offset },
              })
            }}
          />
        ))
      )}
    </>
  )
}

/**
 * How the timestamp field is read: the instant as a UTC date beside its epoch milliseconds (record
 * timestamps are epoch ms: on a scenario without clockStartMs, the scenario's clock starts at 0).
 */
function timestampReading(text: string): string {
  const epoch = checkpointTimestamp(text)
  return typeof epoch === 'string'
    ? epoch
    : `Read as ${epochDateText(epoch)} (epoch ${String(epoch)} ms).`
}
