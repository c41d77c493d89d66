import type { ReactNode } from 'react'
import { CLEANUP_POLICIES } from '../../../sim'
import {
  chosenConsumer,
  NUMERIC_TOPIC_CONFIGS,
  REMOTE_STORAGE_CONFIG,
  type LogActionType,
  type LogFields,
} from '../families/logActions'
import type { FormContext } from '../formContext'
import { CheckField, plainOptions, SelectField, TextField } from './inputs'

interface Props {
  readonly type: LogActionType
  readonly fields: LogFields
  readonly context: FormContext
  readonly onChange: (change: Partial<LogFields>) => void
}

function ConsumerField({ fields, context, onChange }: Props) {
  return (
    <SelectField
      label="Consumer"
      value={chosenConsumer(fields, context)}
      options={plainOptions(context.consumers)}
      onChange={(consumer) => {
        onChange({ consumer })
      }}
    />
  )
}

/** A text box for an offset (`offset`, or a forced pass's `firstDirty`) under `label`. */
function offsetField(label: string, field: 'offset' | 'firstDirty' = 'offset') {
  return function OffsetField({ fields, onChange }: Props) {
    return (
      <TextField
        label={label}
        value={fields[field]}
        onChange={(value) => {
          onChange({ [field]: value })
        }}
      />
    )
  }
}

function ProduceFields({ fields, onChange }: Props) {
  return (
    <>
      <TextField
        label="Key"
        value={fields.key}
        onChange={(key) => {
          onChange({ key })
        }}
      />
      <TextField
        label="Value"
        value={fields.value}
        disabled={fields.tombstone}
        onChange={(value) => {
          onChange({ value })
        }}
      />
      <CheckField
        label="Tombstone (null value)"
        checked={fields.tombstone}
        onChange={(tombstone) => {
          onChange({ tombstone })
        }}
      />
    </>
  )
}

function FetchFields(props: Props) {
  const { fields, onChange } = props
  return (
    <>
      <ConsumerField {...props} />
      <CheckField
        label="One request (Fetch, or ListOffsets after OFFSET_OUT_OF_RANGE), not a whole poll"
        checked={fields.singleRequest}
        onChange={(singleRequest) => {
          onChange({ singleRequest })
        }}
      />
    </>
  )
}

const SeekOffset = offsetField('Offset')

function SeekFields(props: Props) {
  const { fields, onChange } = props
  return (
    <>
      <ConsumerField {...props} />
      <SelectField
        label="Seek to"
        value={fields.seekTo}
        options={[
          { value: 'earliest', label: 'earliest' },
          { value: 'latest', label: 'latest' },
          { value: 'offset', label: 'an offset' },
        ]}
        onChange={(seekTo) => {
          onChange({ seekTo })
        }}
      />
      {fields.seekTo === 'offset' && <SeekOffset {...props} />}
    </>
  )
}

function ConsumerRestartFields(props: Props) {
  const { fields, onChange } = props
  return (
    <>
      <ConsumerField {...props} />
      <SelectField
        label="auto.offset.reset"
        value={fields.restartReset}
        options={[
          { value: '', label: 'as declared' },
          { value: 'earliest', label: 'earliest' },
          { value: 'latest', label: 'latest' },
          { value: 'none', label: 'none' },
        ]}
        onChange={(restartReset) => {
          onChange({ restartReset })
        }}
      />
    </>
  )
}

function MaintenanceField({ fields, onChange }: Props) {
  return (
    <CheckField
      label="Periodic retention checks and cleaner running"
      checked={fields.periodic}
      onChange={(periodic) => {
        onChange({ periodic })
      }}
    />
  )
}

/**
 * Each log choice's inputs (none for the cleaner and retention runs or a roll); typed over the
 * family's choices, so none can lack an entry.
 */
const LOG_FIELDS: { readonly [K in LogActionType]: ((props: Props) => ReactNode) | null } = {
  produce: ProduceFields,
  roll: null,
  'cleaner.run': null,
  'cleaner.clean': offsetField('First dirty offset (blank: the checkpoint)', 'firstDirty'),
  'cleaner.checkpoint': offsetField('Checkpoint (first dirty offset)'),
  'retention.run': null,
  deleteRecords: offsetField('Delete before offset'),
  'consumer.fetch': FetchFields,
  'consumer.seek': SeekFields,
  'consumer.restart': ConsumerRestartFields,
  'topic.config': TopicConfigFields,
  maintenance: MaintenanceField,
}

/** The inputs one log action needs. */
export function LogActionFields(props: Props) {
  const Fields = LOG_FIELDS[props.type]
  return Fields === null ? null : <Fields {...props} />
}

function TopicConfigFields({ fields, onChange }: Props) {
  return (
    <>
      <SelectField
        label="Config"
        value={fields.configName}
        options={plainOptions(['cleanup.policy', ...NUMERIC_TOPIC_CONFIGS, REMOTE_STORAGE_CONFIG])}
        onChange={(configName) => {
          onChange({ configName, configValue: '' })
        }}
      />
      {fields.configName === 'cleanup.policy' ? (
        <SelectField
          label="Value"
          value={fields.configValue}
          options={[{ value: '', label: 'choose…' }, ...plainOptions(CLEANUP_POLICIES)]}
          onChange={(configValue) => {
            onChange({ configValue })
          }}
        />
      ) : (
        <TextField
          label="Value"
          value={fields.configValue}
          onChange={(configValue) => {
            onChange({ configValue })
          }}
        />
      )}
    </>
  )
}
