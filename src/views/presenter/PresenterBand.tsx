import { useAppStore } from '../../store/appStore'
import { countUntil } from '../../derive/steps'
import { formatSimTime } from '../../derive/scene/format'
import { narrate } from '../../sim'
import { useNotableEvents } from '../shared/useSimulation'
import { UserText } from '../shared/UserText'
import { IsolatedText } from '../shared/IsolatedText'

/** What just happened is said in a few sentences: the newest first, as in the narration. */
const RECENT = 3

/**
 * Presenter mode's band for a scenario that is not a lesson: what it is, the last few events up
 * to the cursor in words, and the keys that drive it from the front of a room.
 */
export function PresenterBand() {
  const name = useAppStore((s) => s.scenario.name)
  const description = useAppStore((s) => s.scenario.description)
  const cursor = useAppStore((s) => Math.floor(s.cursor))
  const events = useNotableEvents()
  const until = countUntil(events, cursor)
  const recent = events.slice(Math.max(0, until - RECENT), until).reverse()
  return (
    <section className="panel presenter-band" aria-labelledby="presenter-band-title">
      <h2 id="presenter-band-title" className="presenter-band__title">
        <UserText text={name} />
      </h2>
      {description !== '' && <p className="presenter-band__description">{description}</p>}
      <h3 className="presenter-band__heading">What just happened</h3>
      {recent.length === 0 ? (
        <p className="presenter-band__event">Nothing yet: press Space to play.</p>
      ) : (
        <ol className="presenter-band__events" aria-label="Latest events, newest first">
          {recent.map((event, i) => (
            <li key={until - i} className="presenter-band__event">
              <time>{formatSimTime(event.time)}</time> <IsolatedText text={narrate(event)} />
            </li>
          ))}
        </ol>
      )}
      <p className="panel__hint presenter-band__keys">
        <kbd>Space</kbd>: play or pause · <kbd>←</kbd> <kbd>→</kbd>: previous or next event ·{' '}
        <kbd>Esc</kbd>: leave presenter mode
      </p>
    </section>
  )
}
