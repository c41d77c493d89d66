import { advanceWorld, ignoreEvents, initialWorld } from '../../sim'
import type { SimScenario } from '../../sim'
import type { KafkaCluster } from '../client/kafkaCluster'
import { partitionDifferences, pollDifferences } from './compare'
import { replayPlan, stepTopic } from './plan'
import type { ReplayStep } from './plan'
import { ReplaySession } from './session'
import type { ConfigTarget } from './topicConfigs'
import { simulatedPolls } from './simulatedPolls'
import type { PartitionView, PollView } from './views'
import { simulatedPartitions } from './views'

export interface DifferentialResult {
  readonly simulated: readonly PartitionView[]
  readonly real: readonly PartitionView[]
  readonly simulatedPolls: readonly PollView[]
  readonly realPolls: readonly PollView[]
  /** Every disagreement in words; empty when the broker did what the simulator predicted. */
  readonly differences: readonly string[]
  /** Configs a user's cluster could not take as the scenario means them, and why. */
  readonly leftOut: readonly string[]
}

export interface DifferentialOptions {
  /** The local broker's log directory, to compare segment files; null for a remote cluster. */
  readonly dataDir: string | null
  /** How long to wait for the broker to reach each predicted state. */
  readonly settleTimeoutMs: number
  /** The project's test broker (test-only configs allowed) or a user's cluster. */
  readonly target: ConfigTarget
  /** Simulated ms per real ms between steps; null sends them back to back. */
  readonly timeFactor: number | null
  /**
   * How long to wait for the predicted state before a step that observes or changes the log:
   * long in the test suite, short in a user's replay (where some configs may not apply).
   */
  readonly stepSettleTimeoutMs: number
  /** Delete the run's topics at the end. */
  readonly cleanup: boolean
  readonly runId: string
  /** Told when the topics exist (a replay prints their names). */
  readonly onCreated?: (session: ReplaySession) => void
}

const SETTLE_POLL_MS = 100

/**
 * Runs a scenario in the simulator and on a real broker and compares them. Records go to the
 * broker back to back with their simulated timestamps shifted so the scenario ends "now"; before
 * each step that observes or changes the log (a poll, a seek to the start or end, a config
 * change, DeleteRecords) and
 * at the end, it waits (bounded) for the broker's retention and cleaner to reach the simulator's
 * state at that moment. Whatever still differs when the wait ends is reported.
 */
export async function runDifferential(
  cluster: KafkaCluster,
  scenario: SimScenario,
  options: DifferentialOptions,
): Promise<DifferentialResult> {
  const plan = replayPlan(scenario)
  const topics = scenario.topics.map((t) => t.name)
  // Sizes and segment files are compared for delete-only topics. A real cleaner rewrites batches
  // (a tombstone's against its delete horizon, an emptied batch's header may stay) and merges
  // segments as its passes happen to fall; the simulator keeps sizes from append (documented).
  const compacted = new Set(
    scenario.topics.filter((t) => t.config['cleanup.policy'] !== 'delete').map((t) => t.name),
  )
  const anchorMs = Date.now() - scenario.durationMs
  const session = new ReplaySession(cluster, scenario, options.runId, anchorMs, options.target)
  await session.createTopics()
  options.onCreated?.(session)
  const finalComparison = { layout: (topic: string) => !compacted.has(topic) }
  const world = initialWorld(scenario)
  // Waits until the broker shows what the simulator holds at `until`. Before a step only what a
  // consumer sees must match; at the end the comparison's sizes and segment files too, since the
  // broker removes segment files below a DeleteRecords log start offset only on its next retention
  // pass, after the offsets already agree.
  const settle = async (
    until: number,
    only: readonly string[],
    timeoutMs: number,
    final: boolean,
  ) => {
    advanceWorld(world, scenario, until, ignoreEvents)
    const expected = simulatedPartitions(world, only)
    const compare = final ? finalComparison : { layout: () => false }
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const real = await session.readPartitions(final ? options.dataDir : null, only)
      if (partitionDifferences(expected, real, compare).length === 0) return
      await new Promise((done) => setTimeout(done, SETTLE_POLL_MS))
    }
  }
  try {
    const realPolls = await session.run(plan.steps, {
      timeFactor: options.timeFactor,
      beforeStep: (step: ReplayStep) =>
        settle(step.at - 1, [stepTopic(scenario, step)], options.stepSettleTimeoutMs, false),
    })
    await settle(scenario.durationMs, topics, options.settleTimeoutMs, true)
    const simulated = simulatedPartitions(world, topics)
    const real = await session.readPartitions(options.dataDir)
    const polls = simulatedPolls(scenario)
    return {
      simulated,
      real,
      simulatedPolls: polls,
      realPolls,
      differences: [
        ...partitionDifferences(simulated, real, finalComparison),
        ...pollDifferences(polls, realPolls),
      ],
      leftOut: session.leftOut,
    }
  } finally {
    if (options.cleanup) await session.cleanup()
  }
}
