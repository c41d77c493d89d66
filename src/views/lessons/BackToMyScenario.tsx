import { backToMyScenario } from './lessonControl'

/** Ends the lesson and puts back the scenario, time and partition the user had before it. */
export function BackToMyScenario() {
  return (
    <button type="button" className="button" onClick={() => void backToMyScenario()}>
      Back to my scenario
    </button>
  )
}
