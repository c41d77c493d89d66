import { useId } from 'react'

/**
 * The form's plain inputs: a label over a text box, a select, or a checkbox beside its label; a
 * select or checkbox may carry a line of help, which its control names as its description.
 */

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
  help,
  onChange,
}: {
  readonly label: string
  readonly value: T
  readonly options: readonly Option<T>[]
  readonly help?: string
  readonly onChange: (value: T) => void
}) {
  const helpId = useId()
  return (
    <>
      <label className="field">
        <span>{label}</span>
        <select
          value={value}
          aria-describedby={help === undefined ? undefined : helpId}
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
      <Help id={helpId} text={help} />
    </>
  )
}

/** A field's help, on its own line under it; nothing when the field has none. */
function Help({ id, text }: { readonly id: string; readonly text: string | undefined }) {
  return text === undefined ? null : (
    <p id={id} className="actions__hint">
      {text}
    </p>
  )
}

export function CheckField({
  label,
  checked,
  help,
  onChange,
}: {
  readonly label: string
  readonly checked: boolean
  readonly help?: string
  readonly onChange: (checked: boolean) => void
}) {
  const helpId = useId()
  return (
    <>
      <label className="field field--check">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={help === undefined ? undefined : helpId}
          onChange={(event) => {
            onChange(event.target.checked)
          }}
        />
        <span>{label}</span>
      </label>
      <Help id={helpId} text={help} />
    </>
  )
}

/** Options named as they are. */
export function plainOptions<T extends string>(values: readonly T[]): Option<T>[] {
  return values.map((value) => ({ value, label: value }))
}
