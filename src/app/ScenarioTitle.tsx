import { useAppStore } from '../store/appStore'
import { UserText } from '../views/shared/UserText'

/**
 * The scenario's name in the header. A long name is cut with an ellipsis, so the tooltip starts
 * with the whole name and adds the description under it.
 */
export function ScenarioTitle() {
  const name = useAppStore((s) => s.scenario.name)
  const description = useAppStore((s) => s.scenario.description)
  const tooltip = description === '' ? name : `${name}\n\n${description}`
  return (
    <p className="app__scenario" title={tooltip}>
      <UserText text={name} />
    </p>
  )
}
