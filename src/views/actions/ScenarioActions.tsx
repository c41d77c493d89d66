import { useAppStore } from '../../store/appStore'
import { refusalsOf } from '../../derive/refusals'
import { formatSimTime } from '../../derive/scene/format'
import { describeAction } from '../../scenario/actionWords'

/** The scenario's actions in time order, each a seek away and removable (an undo). */
export function ScenarioActions() {
  const scenario = useAppStore((s) => s.scenario)
  const actions = scenario.actions
  const seek = useAppStore((s) => s.seek)
  const removeAction = useAppStore((s) => s.removeAction)
  // A refusal carries the index of the action it belongs to, so two identical actions at one
  // time are told apart.
  const refused = refusalsOf(scenario)
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
            {refused.has(index) && (
              <span className="scenario-actions__refused"> refused: {refused.get(index)}</span>
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
