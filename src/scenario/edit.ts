import type { ScenarioAction } from '../sim'
import { parseScenario } from './parse'
import type { Result } from './problems'
import type { Scenario, ScenarioInput } from './schema'

/**
 * The scenario with `action` added after every action at or before its time (so it runs last at
 * that millisecond), validated again so that an edited scenario always survives a link or a file.
 */
export function withAction(scenario: Scenario, action: ScenarioAction): Result<Scenario> {
  const index = scenario.actions.findIndex((a) => a.at > action.at)
  const actions: ScenarioAction[] = [...scenario.actions]
  actions.splice(index === -1 ? actions.length : index, 0, action)
  return parseScenario({ ...scenario, actions })
}

/** A job as a scenario file may write it (defaults may be left out). */
export type JobInput = NonNullable<ScenarioInput['jobs']>[number]

/**
 * The scenario with a new job that never starts by itself (`startMs: null`) and `start`, the
 * action that starts it, so the start sits on the timeline and removing it is an undo.
 */
export function withNewJob(
  scenario: Scenario,
  job: JobInput,
  start: ScenarioAction,
): Result<Scenario> {
  const withJob = parseScenario({
    ...scenario,
    jobs: [...scenario.jobs, { ...job, startMs: null }],
  })
  return withJob.ok ? withAction(withJob.value, start) : withJob
}
