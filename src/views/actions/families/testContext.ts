/** For the action builders' tests: the form's context in simple-rewind at a given time. */
import { createTimeline } from '../../../sim'
import { loadScenarioFile } from '../../../scenario/testScenarios'
import { formContext, type FormContext } from '../formContext'

export const simpleRewind = loadScenarioFile('simple-rewind.json')

export function simpleRewindAt(t: number): FormContext {
  const world = createTimeline(simpleRewind).worldAt(t)
  return formContext(world, simpleRewind, { topic: 'page-views', partition: 1 })
}
