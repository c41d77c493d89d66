/** A test helper: the page views of `testProducer` through one count-by-key job, with `actions`. */
import { advanceWorld, initialWorld } from '../engine'
import type { SimEvent } from '../events'
import type { ScenarioAction } from '../simScenario'
import { testJob, testProducer, testScenario, topic } from '../testScenario'

/** Runs the scenario to `until` and returns the world, every event, and the job `counter_1`. */
export function runCounterJob(actions: ScenarioAction[], until: number) {
  const scenario = testScenario({
    topics: [topic('events', {})],
    producers: [testProducer()],
    jobs: [testJob()],
    actions,
  })
  const world = initialWorld(scenario)
  const events: SimEvent[] = []
  advanceWorld(world, scenario, until, (e) => events.push(e))
  const job = world.jobs.get('counter_1')
  if (!job) throw new Error('no job counter_1')
  return { world, events, job }
}
