import { useAppStore } from '../../store/appStore'
import { refusalsOf } from '../../derive/refusals'
import { formatSimTime } from '../../derive/scene/format'
import { describeAction } from '../../sim'
import { useFutureHidden } from '../lessons/useFutureHidden'

/**
 * The scenario's actions in time order, each a seek away and removable (an undo). While a lesson
 * hides the future, only those up to the cursor are listed: a later one could give a prediction's
 * answer away.
 */
export function ScenarioActions() {
  const scenario = useAppStore((s) => s.scenario)
  const cursor = useAppStore((s) => Math.floor(s.cursor))
  const hideFuture = useFutureHidden()
  // Each keeps its index in the scenario: removing and refusals refer to it.
  const actions = scenario.actions
    .map((action, index) => ({ action, index }))
    .filter(({ action }) => !hideFuture || action.at <= cursor)
  const seek = useAppStore((s) => s.seek)
  const removeAction = useAppStore((s) => s.removeAction)
  // A refusal carries the index of the action it belongs to, so two identical actions at one
  // time are told apart.
  const refused = refusalsOf(scenario)
  if (actions.length === 0) return null
  return (
    <details className="scenario-actions">
      <summary>Scenario actions ({actions.length})</summary>
      {hideFuture && (
        <p className="panel__hint">Actions after the cursor are hidden until the reveal.</p>
      )}
      <ol aria-label="Scenario actions">
        {actions.map(({ action, index }) => (
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
