import { useRef } from 'react'

/** A button that asks for one JSON file and hands it to `onFile` (the input itself is hidden). */
export function ImportButton({
  label,
  inputLabel,
  onFile,
}: {
  label: string
  inputLabel: string
  onFile: (file: File) => void
}) {
  const inputRef = useRef<HTMLInputElement>(null)
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          inputRef.current?.click()
        }}
      >
        {label}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={inputLabel}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) onFile(file)
        }}
      />
    </>
  )
}
