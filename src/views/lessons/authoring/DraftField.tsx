import { useId, useState } from 'react'

/**
 * A text field of the lesson being written that commits when the author leaves it (or presses
 * Enter in a one-line field): one undoable edit per change, not one per key. It follows the
 * draft when undo or redo changes its value.
 */
export function DraftField({
  label,
  value,
  onCommit,
  multiline = false,
  hint,
}: {
  readonly label: string
  readonly value: string
  readonly onCommit: (value: string) => void
  readonly multiline?: boolean
  readonly hint?: string
}) {
  const [text, setText] = useState(value)
  // When undo or redo changes the draft, the field shows the draft's value again.
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    setShown(value)
    setText(value)
  }
  const id = useId()
  const commit = (): void => {
    if (text !== value) onCommit(text)
  }
  const common = {
    id,
    value: text,
    onBlur: commit,
    'aria-describedby': hint === undefined ? undefined : `${id}-hint`,
  }
  return (
    <div className="authoring__field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={4}
          onChange={(e) => {
            setText(e.target.value)
          }}
        />
      ) : (
        <input
          {...common}
          onChange={(e) => {
            setText(e.target.value)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit()
          }}
        />
      )}
      {hint !== undefined && (
        <p id={`${id}-hint`} className="panel__hint">
          {hint}
        </p>
      )}
    </div>
  )
}
