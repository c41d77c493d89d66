import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { eventsOf } from '../../derive/simulation'
import { countUntil, routineAt } from '../../derive/steps'
import { formatNumber, narrate } from '../../sim'
import { formatSimTime } from '../../derive/scene/format'
import { useNotableEvents } from '../shared/useSimulation'
import './narration.css'
import { IsolatedText } from '../shared/IsolatedText'

/** Longer histories show their newest entries; older ones are a step or a seek away. */
const MAX_SHOWN = 150

/** One sentence per event up to the cursor, newest first; clicking one seeks to its time. */
export function NarrationPanel() {
  const events = useNotableEvents()
  const scenario = useAppStore((s) => s.scenario)
  const cursor = useAppStore((s) => Math.floor(s.cursor))
  const seek = useAppStore((s) => s.seek)
  const until = countUntil(events, cursor)
  const shown = useMemo(
    () => [
      // What routine checks found at this very time (nothing to do), newest first like the rest.
      ...routineAt(eventsOf(scenario), cursor)
        .map((event, i) => ({ event, id: `now:${String(i)}`, text: narrate(event) }))
        .reverse(),
      ...events
        .slice(Math.max(0, until - MAX_SHOWN), until)
        .map((event, i) => ({ event, id: String(until - i), text: narrate(event) }))
        .reverse(),
    ],
    [scenario, events, until, cursor],
  )

  return (
    <section className="panel narration" aria-labelledby="narration-title">
      <h2 id="narration-title">What happened</h2>
      <p className="panel__hint">
        {until === 0
          ? 'Nothing yet. Press Play or step to the next event.'
          : `${formatNumber(until)} ${until === 1 ? 'event' : 'events'} so far, newest first. Click one to go there.`}
      </p>
      <ol className="narration__list" aria-label="Events, newest first">
        {shown.map(({ event, id, text }) => (
          <li key={id} className={event.time === cursor ? 'narration__item--now' : undefined}>
            <button
              type="button"
              className="narration__item"
              onClick={() => {
                seek(event.time)
              }}
            >
              <time className="narration__time">{formatSimTime(event.time)}</time>
              <span className={`narration__text narration__text--${event.type.replace('.', '-')}`}>
                <IsolatedText text={text} />
              </span>
            </button>
          </li>
        ))}
      </ol>
      {until > MAX_SHOWN && (
        <p className="panel__hint">{formatNumber(until - MAX_SHOWN)} earlier events.</p>
      )}
    </section>
  )
}
