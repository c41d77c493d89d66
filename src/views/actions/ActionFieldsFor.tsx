import { NUMERIC_TOPIC_CONFIGS, type ActionFields, type FormActionType } from './buildAction'

interface Props {
  readonly type: FormActionType
  readonly fields: ActionFields
  readonly consumers: readonly string[]
  readonly policies: readonly string[]
  readonly onChange: (change: Partial<ActionFields>) => void
}

/** The inputs one kind of action needs (none for the cleaner and retention runs). */
export function ActionFieldsFor({ type, fields, consumers, policies, onChange }: Props) {
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
          <label className="field field--check">
            <input
              type="checkbox"
              checked={fields.tombstone}
              onChange={(event) => {
                onChange({ tombstone: event.target.checked })
              }}
            />
            <span>Tombstone (null value)</span>
          </label>
        </>
      )
    case 'deleteRecords':
      return (
        <TextField
          label="Delete before offset"
          value={fields.offset}
          onChange={(offset) => {
            onChange({ offset })
          }}
        />
      )
    case 'consumer.fetch':
      return <ConsumerField fields={fields} consumers={consumers} onChange={onChange} />
    case 'consumer.seek':
      return (
        <>
          <ConsumerField fields={fields} consumers={consumers} onChange={onChange} />
          <label className="field">
            <span>Seek to</span>
            <select
              value={fields.seekTo}
              onChange={(event) => {
                const seekTo = (['offset', 'earliest', 'latest'] as const).find(
                  (s) => s === event.target.value,
                )
                if (seekTo) onChange({ seekTo })
              }}
            >
              <option value="earliest">earliest</option>
              <option value="latest">latest</option>
              <option value="offset">an offset</option>
            </select>
          </label>
          {fields.seekTo === 'offset' && (
            <TextField
              label="Offset"
              value={fields.offset}
              onChange={(offset) => {
                onChange({ offset })
              }}
            />
          )}
        </>
      )
    case 'topic.config':
      return (
        <>
          <label className="field">
            <span>Config</span>
            <select
              value={fields.configName}
              onChange={(event) => {
                onChange({ configName: event.target.value, configValue: '' })
              }}
            >
              {['cleanup.policy', ...NUMERIC_TOPIC_CONFIGS].map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          {fields.configName === 'cleanup.policy' ? (
            <label className="field">
              <span>Value</span>
              <select
                value={fields.configValue}
                onChange={(event) => {
                  onChange({ configValue: event.target.value })
                }}
              >
                <option value="">choose…</option>
                {policies.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
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
    case 'maintenance':
      return (
        <label className="field field--check">
          <input
            type="checkbox"
            checked={fields.periodic}
            onChange={(event) => {
              onChange({ periodic: event.target.checked })
            }}
          />
          <span>Periodic retention checks and cleaner running</span>
        </label>
      )
    case 'roll':
    case 'cleaner.run':
    case 'retention.run':
      return null
  }
}

function ConsumerField({
  fields,
  consumers,
  onChange,
}: Pick<Props, 'fields' | 'consumers' | 'onChange'>) {
  return (
    <label className="field">
      <span>Consumer</span>
      <select
        value={fields.consumer}
        onChange={(event) => {
          onChange({ consumer: event.target.value })
        }}
      >
        {consumers.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  )
}

function TextField({
  label,
  value,
  disabled = false,
  onChange,
}: {
  readonly label: string
  readonly value: string
  readonly disabled?: boolean
  readonly onChange: (value: string) => void
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        value={value}
        disabled={disabled}
        maxLength={1000}
        onChange={(event) => {
          onChange(event.target.value)
        }}
      />
    </label>
  )
}
