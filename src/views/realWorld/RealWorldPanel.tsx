import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { formatSimTime } from '../../derive/scene/format'
import { CopyButton } from './CopyButton'
import { realWorldSections } from './realWorldModel'
import type { RealWorldSection } from './snippet'
import './realWorld.css'

/** Which scripted step the cursor has reached: the last one at or before it. */
function currentActionId(sections: readonly RealWorldSection[], cursor: number): string | null {
  let current: string | null = null
  for (const section of sections)
    if (section.at !== undefined && section.at <= cursor) current = section.id
  return current
}

/**
 * The real Kafka and Samza configuration and commands the scenario stands for (set-up, each
 * scripted action in time order, and the Kafka-tools comparison), each block copyable.
 */
export default function RealWorldPanel() {
  const scenario = useAppStore((s) => s.scenario)
  const cursor = useAppStore((s) => s.cursor)
  const sections = useMemo(() => realWorldSections(scenario), [scenario])
  const current = currentActionId(sections, cursor)

  return (
    <div className="real-world">
      <p className="panel__hint">
        What each part of this scenario would be on a real cluster. Times are simulated; the step
        the cursor has reached is marked.
      </p>
      {sections.map((section) => (
        <SectionView
          // Re-mount when it becomes the current step, so it opens.
          key={`${section.id}-${section.id === current}`}
          section={section}
          state={
            section.at === undefined
              ? 'setup'
              : section.id === current
                ? 'current'
                : section.at <= cursor
                  ? 'done'
                  : 'later'
          }
        />
      ))}
    </div>
  )
}

type SectionState = 'setup' | 'current' | 'done' | 'later'

const STATE_LABEL: Record<SectionState, string> = {
  setup: '',
  current: 'current step',
  done: 'done',
  later: 'later',
}

function SectionView({
  section,
  state,
}: {
  readonly section: RealWorldSection
  readonly state: SectionState
}) {
  return (
    <details
      className={`real-world__section real-world__section--${state}`}
      open={state === 'current' || section.id === 'cluster'}
      aria-current={state === 'current' ? 'step' : undefined}
    >
      <summary>
        {section.at !== undefined && (
          <span className="real-world__time">{formatSimTime(section.at)}</span>
        )}
        <span className="real-world__title">{section.title}</span>
        {STATE_LABEL[state] && <span className="real-world__state">{STATE_LABEL[state]}</span>}
      </summary>
      {section.snippets.map((snippet, i) => (
        <figure key={i} className="real-world__snippet">
          <figcaption>
            <span>{snippet.label}</span>
            <CopyButton text={snippet.text} what={snippet.label} />
          </figcaption>
          <pre tabIndex={0} aria-label={snippet.label}>
            <code>{snippet.text}</code>
          </pre>
        </figure>
      ))}
      {section.caveats.length > 0 && (
        <ul className="real-world__caveats">
          {section.caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
        </ul>
      )}
    </details>
  )
}
