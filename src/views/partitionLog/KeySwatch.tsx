import { useKeyColors } from './useKeyColors'
import { showInvisibles } from '../../sim'
import { UserText } from '../shared/UserText'

/**
 * A record key with its colour from the strip, so list, strip and inspector agree; cut short to
 * its column unless `full`, when it wraps to show all of it.
 */
export function KeySwatch({
  keyText,
  full = false,
}: {
  readonly keyText: string
  readonly full?: boolean
}) {
  const colorOf = useKeyColors()
  return (
    <span className="key">
      <span className="key__swatch" style={{ background: colorOf(keyText) }} />
      <span className={full ? 'text text--full' : 'text'} title={showInvisibles(keyText)}>
        <UserText text={keyText} />
      </span>
    </span>
  )
}
