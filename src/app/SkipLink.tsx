import type { MouseEvent } from 'react'
import { TIME_CONTROLS_ID } from '../views/timeline/TimelineBar'
import './skipLink.css'

/**
 * The first stop of the Tab key: the time controls come after the header, the stage, every panel
 * and the lessons, over forty stops in. The link moves focus by script, because a fragment in the
 * address is the shared scenario and must not change.
 */
export function SkipLink() {
  const skipTo = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault()
    document.getElementById(TIME_CONTROLS_ID)?.focus()
  }
  return (
    <a className="skip-link" href={`#${TIME_CONTROLS_ID}`} onClick={skipTo}>
      Skip to the time controls
    </a>
  )
}
