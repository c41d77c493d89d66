import { useKeyColors } from './useKeyColors'

/** A record key with its colour from the strip, so list, strip and inspector agree. */
export function KeySwatch({ keyText }: { readonly keyText: string }) {
  const colorOf = useKeyColors()
  return (
    <span className="key">
      <span className="key__swatch" style={{ background: colorOf(keyText) }} />
      <span className="text" title={keyText}>
        {keyText}
      </span>
    </span>
  )
}
