import { appName, jobKey } from '../sim'
import type { Problem } from './problems'
import type { Scenario } from './schema'

type JobRefResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: Problem[] }

/**
 * Actions name a job by its key (`jobKey`). A job whose job.name holds `_` has the key
 * `<job.name>/<job.id>`, but files written before jobs were keyed by the pair name it by its YARN
 * application name `<job.name>_<job.id>`: when no job has that key, the application name still names
 * the one job it belongs to, and is rewritten to its key. A name two such jobs share is refused.
 */
export function resolveJobRefs(scenario: Scenario): JobRefResult {
  const problems: Problem[] = []
  const actions = scenario.actions.map((action, i) => {
    if (!('job' in action) || scenario.jobs.some((job) => jobKey(job) === action.job)) return action
    const owners = scenario.jobs.filter((job) => appName(job) === action.job)
    const [only] = owners
    if (owners.length > 1) {
      problems.push({
        path: `actions[${i}].job`,
        message: `"${action.job}" is the YARN application name of ${owners.map(pairText).join(' and ')}: write the key of the one you mean (${owners.map((job) => `"${jobKey(job)}"`).join(' or ')})`,
      })
    }
    return only === undefined || owners.length > 1 ? action : { ...action, job: jobKey(only) }
  })
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, scenario: { ...scenario, actions } }
}

function pairText(job: Scenario['jobs'][number]): string {
  return `(job.name "${job['job.name']}", job.id "${job['job.id']}")`
}
