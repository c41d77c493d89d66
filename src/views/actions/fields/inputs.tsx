/** The form's plain inputs: a label over a text box, a select, or a checkbox beside its label. */

export function TextField({
  label,
  value,
  placeholder,
  disabled = false,
  onChange,
}: {
  readonly label: string
  readonly value: string
  readonly placeholder?: string
  readonly disabled?: boolean
  readonly onChange: (value: string) => void
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        maxLength={1000}
        onChange={(event) => {
          onChange(event.target.value)
        }}
      />
    </label>
  )
}

export interface Option<T extends string> {
  readonly value: T
  readonly label: string
}

/** A select over `options`; only one of them can come back. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  readonly label: string
  readonly value: T
  readonly options: readonly Option<T>[]
  readonly onChange: (value: T) => void
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select
        value={value}
        onChange={(event) => {
          const chosen = options.find((o) => o.value === event.target.value)
          if (chosen) onChange(chosen.value)
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}

export function CheckField({
  label,
  checked,
  onChange,
}: {
  readonly label: string
  readonly checked: boolean
  readonly onChange: (checked: boolean) => void
}) {
  return (
    <label className="field field--check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          onChange(event.target.checked)
        }}
      />
      <span>{label}</span>
    </label>
  )
}

/** Options named as they are. */
export function plainOptions<T extends string>(values: readonly T[]): Option<T>[] {
  return values.map((value) => ({ value, label: value }))
}
