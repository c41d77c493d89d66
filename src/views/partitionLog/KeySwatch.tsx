import { useKeyColors } from './useKeyColors'
import { showInvisibles } from '../../sim'
import { UserText } from '../shared/UserText'

/** A record key with its colour from the strip, so list, strip and inspector agree. */
export function KeySwatch({ keyText }: { readonly keyText: string }) {
  const colorOf = useKeyColors()
  return (
    <span className="key">
      <span className="key__swatch" style={{ background: colorOf(keyText) }} />
      <span className="text" title={showInvisibles(keyText)}>
        <UserText text={keyText} />
      </span>
    </span>
  )
}
