import type { ScenarioActionType, SimScenario } from '../../sim'

const JOB_ACTIONS = 'job actions and checkpoint edits'
const FAILURES = 'broker and host failures'

/**
 * Each kind of scenario action a replay cannot send to a real cluster, with why, in words; null for
 * the kinds it sends (a produce's records, as the simulated log appended them; config changes,
 * DeleteRecords and the consumers' fetches, seeks and restarts, from `replayPlan`). Typed over every
 * kind, so a new kind must say whether a replay sends it.
 */
const NOT_REPLAYED_ACTIONS: Readonly<Record<ScenarioActionType, string | null>> = {
  produce: null,
  roll: 'explicit segment rolls (Kafka has no admin request to roll a segment)',
  'cleaner.run': 'cleaner runs on demand (the real cleaner runs by itself)',
  'cleaner.clean':
    'forced cleaner passes on a chosen log from a chosen first dirty offset (Kafka has no request for one: its own tests call Cleaner.clean inside the broker; the real cleaner picks the filthiest log when it will)',
  'cleaner.checkpoint':
    "cleaner checkpoint edits (the cleaner-offset-checkpoint file can only be edited with the broker stopped; no request sets it, and the replay's broker keeps running)",
  'retention.run': 'retention checks on demand (the real broker checks on its own schedule)',
  deleteRecords: null,
  'consumer.fetch': null,
  'consumer.seek': null,
  'consumer.restart': null,
  'topic.config': null,
  maintenance: 'pausing the background tasks',
  'topic.delete': 'topic deletions',
  'job.start': JOB_ACTIONS,
  'job.stop': JOB_ACTIONS,
  'job.crash': JOB_ACTIONS,
  'job.decommission': JOB_ACTIONS,
  'checkpoint.write': JOB_ACTIONS,
  'broker.fail': FAILURES,
  'broker.recover': FAILURES,
  'host.fail': FAILURES,
  'host.recover': FAILURES,
}

/**
 * What a replay of `scenario` leaves out, in words, so the user knows what the real cluster will not
 * see and where its state may part from the simulator's. Never silent: every action type the plan
 * does not turn into a step is named here.
 */
export function notReplayed(scenario: SimScenario): string[] {
  const left: string[] = []
  if (scenario.jobs.length > 0) {
    left.push(
      "Samza jobs (they need a deployment; see their job.properties in the app): the topics a job creates (changelog, checkpoint topic, an output the scenario does not declare) are not created and nothing is written to them; a job's writes to a topic the scenario declares are sent as its producer sent them",
    )
  }
  const guards = outputGuards(scenario)
  if (guards.length > 0) {
    left.push(
      `the output guard (${guards.join(', ')}): a conditional write the simulator keeps beside the log, which Kafka does not offer; only the writes it let through are sent, so the cluster checks the log they make, not the guard's choices`,
    )
  }
  const types: ReadonlySet<string> = new Set(scenario.actions.map((a) => a.type))
  // In the registry's order, each sentence once (several job kinds share one).
  const actions = new Set<string>()
  for (const [type, words] of Object.entries(NOT_REPLAYED_ACTIONS))
    if (words !== null && types.has(type)) actions.add(words)
  return [...left, ...actions]
}

/** The output guards any job runs with (declared or set at a start), other than none. */
function outputGuards(scenario: SimScenario): string[] {
  const guards = new Set<string>(scenario.jobs.map((job) => job.outputGuard))
  for (const action of scenario.actions) {
    if (action.type === 'job.start' && action.set.outputGuard !== undefined)
      guards.add(action.set.outputGuard)
  }
  guards.delete('none')
  return [...guards].sort()
}
