import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { formatSimTime } from '../../derive/scene/format'
import { useNotableEvents } from '../shared/useSimulation'
import { describeAction } from '../../scenario/actionWords'

/** The scenario's actions in time order, each a seek away and removable (an undo). */
export function ScenarioActions() {
  const actions = useAppStore((s) => s.scenario.actions)
  const seek = useAppStore((s) => s.seek)
  const removeAction = useAppStore((s) => s.removeAction)
  const events = useNotableEvents()
  /** Refusals name the action's type and time, which is how they are matched here. */
  const refused = useMemo(
    () =>
      new Map(
        events.flatMap((e) =>
          e.type === 'action.refused' ? [[`${e.time}:${e.action}`, e.reason] as const] : [],
        ),
      ),
    [events],
  )
  if (actions.length === 0) return null
  return (
    <details className="scenario-actions">
      <summary>Scenario actions ({actions.length})</summary>
      <ol aria-label="Scenario actions">
        {actions.map((action, index) => (
          <li key={`${index}:${action.type}:${action.at}`}>
            <button
              type="button"
              className="link"
              onClick={() => {
                seek(action.at)
              }}
            >
              {formatSimTime(action.at)}
            </button>{' '}
            {describeAction(action)}
            {refused.has(`${action.at}:${action.type}`) && (
              <span className="scenario-actions__refused">
                {' '}
                refused: {refused.get(`${action.at}:${action.type}`)}
              </span>
            )}
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove ${describeAction(action)} at ${formatSimTime(action.at)}`}
              onClick={() => {
                removeAction(index)
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
    </details>
  )
}
