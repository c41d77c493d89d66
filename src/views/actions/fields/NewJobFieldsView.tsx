import { parallelJobFields } from '../families/newJob'
import { HOST_AFFINITY_HELP } from '../families/jobForm'
import type { NewJobFields } from '../families/newJobForm'
import type { FormContext } from '../formContext'
import { CheckField, SelectField, TextField } from './inputs'

interface Props {
  readonly fields: NewJobFields
  readonly context: FormContext
  readonly onChange: (fields: NewJobFields) => void
}

type TextKey = {
  [K in keyof NewJobFields]: NewJobFields[K] extends string ? K : never
}[keyof NewJobFields]

const TEXT_FIELDS: readonly (readonly [TextKey, string])[] = [
  ['name', 'job.name'],
  ['id', 'job.id'],
  ['inputs', 'task.inputs (comma-separated)'],
  ['store', 'Store'],
  ['changelog', 'Changelog (blank: none)'],
  ['output', 'Output (blank: none)'],
  ['commitMs', 'task.commit.ms'],
  ['containers', 'job.container.count'],
  ['processingRate', 'Catch-up rate (records/s per task)'],
  ['restoreRate', 'Restore rate (records/s)'],
]

/** A new job's job.properties, with a preset copying an existing job for a parallel rewind. */
export default function NewJobFieldsView({ fields, context, onChange }: Props) {
  const change = (part: Partial<NewJobFields>): void => {
    onChange({ ...fields, ...part })
  }
  return (
    <fieldset className="actions__group">
      <legend>job.properties</legend>
      {context.jobs.length > 0 && (
        <div className="actions__presets">
          {context.jobs.map((job) => (
            <button
              key={job.app}
              type="button"
              className="button"
              onClick={() => {
                onChange(parallelJobFields(job.spec, context))
              }}
            >
              Parallel copy of {job.app}
            </button>
          ))}
        </div>
      )}
      <SelectField
        label="Processor"
        value={fields.processor}
        options={[
          { value: 'count', label: 'count by key' },
          { value: 'latest', label: 'latest by key' },
          { value: 'enrich', label: 'enrich with a table' },
        ]}
        onChange={(processor) => {
          change({ processor })
        }}
      />
      {fields.processor === 'enrich' && (
        <TextField
          label="Table topic"
          value={fields.table}
          onChange={(table) => {
            change({ table })
          }}
        />
      )}
      {TEXT_FIELDS.map(([key, label]) => (
        <TextField
          key={key}
          label={label}
          value={fields[key]}
          onChange={(value) => {
            change({ [key]: value })
          }}
        />
      ))}
      <SelectField
        label="samza.offset.default"
        value={fields.offsetDefault}
        options={[
          { value: 'upcoming', label: 'upcoming' },
          { value: 'oldest', label: 'oldest' },
        ]}
        onChange={(offsetDefault) => {
          change({ offsetDefault })
        }}
      />
      <CheckField
        label="samza.reset.offset"
        checked={fields.resetOffset}
        onChange={(resetOffset) => {
          change({ resetOffset })
        }}
      />
      <CheckField
        label="job.host-affinity.enabled"
        checked={fields.hostAffinity}
        help={HOST_AFFINITY_HELP}
        onChange={(hostAffinity) => {
          change({ hostAffinity })
        }}
      />
      <SelectField
        label="Output guard (simulator only: real jobs compare versions in the writer or sink)"
        value={fields.outputGuard}
        options={[
          { value: 'none', label: 'none: the last write wins' },
          {
            value: 'newer-source-timestamp',
            label: 'skip writes whose input record has an older timestamp',
          },
          {
            value: 'newer-input-offset',
            label: 'skip writes from an earlier offset of the same input partition',
          },
        ]}
        onChange={(outputGuard) => {
          change({ outputGuard })
        }}
      />
    </fieldset>
  )
}
