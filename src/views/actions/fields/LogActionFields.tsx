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

/** The inputs one log action needs (none for the cleaner and retention runs or a roll). */
export function LogActionFields({ type, fields, context, onChange }: Props) {
  const consumerField = (
    <SelectField
      label="Consumer"
      value={chosenConsumer(fields, context)}
      options={plainOptions(context.consumers)}
      onChange={(consumer) => {
        onChange({ consumer })
      }}
    />
  )
  const offsetField = (label: string, field: 'offset' | 'firstDirty' = 'offset') => (
    <TextField
      label={label}
      value={fields[field]}
      onChange={(value) => {
        onChange({ [field]: value })
      }}
    />
  )
  switch (type) {
    case 'produce':
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
    case 'deleteRecords':
      return offsetField('Delete before offset')
    case 'cleaner.checkpoint':
      return offsetField('Checkpoint (first dirty offset)')
    case 'cleaner.clean':
      return offsetField('First dirty offset (blank: the checkpoint)', 'firstDirty')
    case 'consumer.fetch':
      return (
        <>
          {consumerField}
          <CheckField
            label="One request (Fetch, or ListOffsets after OFFSET_OUT_OF_RANGE), not a whole poll"
            checked={fields.singleRequest}
            onChange={(singleRequest) => {
              onChange({ singleRequest })
            }}
          />
        </>
      )
    case 'consumer.seek':
      return (
        <>
          {consumerField}
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
          {fields.seekTo === 'offset' && offsetField('Offset')}
        </>
      )
    case 'consumer.restart':
      return (
        <>
          {consumerField}
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
    case 'topic.config':
      return <TopicConfigFields fields={fields} onChange={onChange} />
    case 'maintenance':
      return (
        <CheckField
          label="Periodic retention checks and cleaner running"
          checked={fields.periodic}
          onChange={(periodic) => {
            onChange({ periodic })
          }}
        />
      )
    case 'roll':
    case 'cleaner.run':
    case 'retention.run':
      return null
  }
}

function TopicConfigFields({ fields, onChange }: Pick<Props, 'fields' | 'onChange'>) {
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
