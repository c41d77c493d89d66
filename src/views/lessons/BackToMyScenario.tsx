import { useAppStore } from '../../store/appStore'

/** Ends the lesson and puts back the scenario, time and partition the user had before it. */
export function BackToMyScenario() {
  return (
    <button
      type="button"
      className="button"
      onClick={() => void useAppStore.getState().backToMyScenario()}
    >
      Back to my scenario
    </button>
  )
}
