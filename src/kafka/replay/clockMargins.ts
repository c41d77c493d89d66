import { LONG_MAX, advanceWorld, ignoreEvents, initialWorld } from '../../sim'
import type { SimScenario, World } from '../../sim'
import { observesLog, replayPlan, stepTopic } from './plan'

/**
 * The longest a differential scenario's replay may take in real time (its test's timeout). Each
 * committed scenario keeps every time-based decision of the broker further than this from flipping,
 * so a slow, loaded machine changes how long a replay takes, never what it finds.
 */
export const DIFFERENTIAL_REAL_TIME_BOUND_MS = 300_000

/** A moment the differential compares the broker with the simulator, and the topics it compares. */
interface Observation {
  readonly at: number
  readonly topics: readonly string[]
}

/**
 * Where the broker's own clock could change what a differential replay observes. Records reach the
 * broker back to back with timestamps shifted so the scenario ends "now" when the replay starts;
 * from then on the broker judges ages against its wall clock, which stands at the scenario's end
 * plus the real time elapsed, while the simulator judges them at the step's simulated time. A
 * decision is certain only when no record age sits between the two clocks:
 *
 * - time retention deletes a segment once its newest record is older than `retention.ms`;
 * - `min.compaction.lag.ms` keeps a dirty segment from the cleaner until its newest record is that old;
 * - a tombstone's delete horizon is the cleaning time plus `delete.retention.ms`;
 * - `max.compaction.lag.ms` forces a cleaning once a segment's first batch is that old.
 *
 * `realTimeBoundMs` is the longest the replay may take (its test's timeout). Returns each
 * decision the elapsed real time could still change, in words; empty when none can.
 */
export function clockSensitiveDecisions(scenario: SimScenario, realTimeBoundMs: number): string[] {
  const brokerNowFrom = scenario.durationMs
  const brokerNowTo = scenario.durationMs + realTimeBoundMs
  const problems: string[] = []
  const world = initialWorld(scenario)
  for (const { at, topics } of observations(scenario)) {
    advanceWorld(world, scenario, at, ignoreEvents)
    for (const topic of topics) {
      problems.push(...topicProblems(world, scenario, topic, at, brokerNowFrom, brokerNowTo))
    }
  }
  return [...new Set(problems)]
}

/** Before each step that waits for a settled log (as `runDifferential` does), and at the end. */
function observations(scenario: SimScenario): Observation[] {
  const all = scenario.topics.map((t) => t.name)
  const steps = replayPlan(scenario).steps.filter(observesLog)
  return [
    ...steps.map((step) => ({ at: Math.max(0, step.at - 1), topics: [stepTopic(scenario, step)] })),
    { at: scenario.durationMs, topics: all },
  ]
}

function topicProblems(
  world: World,
  scenario: SimScenario,
  name: string,
  at: number,
  brokerNowFrom: number,
  brokerNowTo: number,
): string[] {
  const topic = world.topics.get(name)
  if (!topic) return []
  const config = topic.config
  const policy = config['cleanup.policy']
  const problems: string[] = []
  const retentionMs = config['retention.ms']
  const lagMs = config['min.compaction.lag.ms']
  const backoffMs = scenario.broker['log.cleaner.backoff.ms']
  const span = brokerNowTo - brokerNowFrom
  for (const log of topic.partitions) {
    const active = log.segments.at(-1)
    for (const segment of log.segments) {
      const where = `${name}[${String(log.partition)}] segment ${String(segment.baseOffset)}`
      const newest = segment.largestTimestamp
      if (policy !== 'compact' && retentionMs >= 0) {
        // Still in the simulated log at `at`; the broker deletes it once now > newest + retention.ms.
        if (newest < 0) {
          problems.push(`${where}: empty, so the broker ages it by its file's time, not a record's`)
        } else if (newest + retentionMs < brokerNowTo) {
          problems.push(
            `${where}: its newest record (${String(newest)} ms) passes retention.ms at ${String(newest + retentionMs)} ms, before the broker's clock reaches ${String(brokerNowTo)} ms, while the simulator still holds it at ${String(at)} ms`,
          )
        }
      }
      const dirty = log.cleanerCheckpoint === null || segment.baseOffset >= log.cleanerCheckpoint
      if (policy !== 'delete' && lagMs > 0 && dirty && segment !== active && newest >= 0) {
        // Cleanable once now >= newest + lag; the simulator's last pass before `at` is at most
        // one cleaner backoff earlier, the broker's passes happen at brokerNowFrom..brokerNowTo.
        const cleanableAt = newest + lagMs
        if (cleanableAt > at - backoffMs && cleanableAt <= brokerNowTo) {
          problems.push(
            `${where}: its newest record (${String(newest)} ms) passes min.compaction.lag.ms at ${String(cleanableAt)} ms, between the simulator's cleaner (${String(at)} ms) and the broker's clock (${String(brokerNowFrom)}–${String(brokerNowTo)} ms)`,
          )
        }
      }
    }
  }
  if (policy !== 'delete') {
    const horizonMs = config['delete.retention.ms']
    if (horizonMs > 0 && horizonMs < scenario.durationMs + span) {
      problems.push(
        `${name}: delete.retention.ms ${String(horizonMs)} is neither 0 nor longer than the scenario and the replay: a tombstone's horizon passes between the simulator's passes but not between the broker's`,
      )
    }
    const maxLagMs = config['max.compaction.lag.ms']
    if (maxLagMs < LONG_MAX && maxLagMs < scenario.durationMs + span) {
      problems.push(
        `${name}: max.compaction.lag.ms ${String(maxLagMs)} forces cleanings by the broker's clock`,
      )
    }
  }
  return problems
}
