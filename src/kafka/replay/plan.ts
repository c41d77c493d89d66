import { advanceWorld, initialWorld } from '../../sim'
import type { SimEvent, SimScenario, TopicConfigOverrides } from '../../sim'
import type { RecordToSend } from '../client/types'

/** One thing the Kafka side of a scenario does, at its simulated time, in the order it happens. */
export type ReplayStep =
  | {
      readonly kind: 'produce'
      readonly at: number
      readonly topic: string
      readonly partition: number
      /** One producer batch; timestamps are simulated times (the replay shifts them). */
      readonly records: readonly RecordToSend[]
    }
  | {
      readonly kind: 'config'
      readonly at: number
      readonly topic: string
      readonly set: TopicConfigOverrides
    }
  | {
      readonly kind: 'deleteRecords'
      readonly at: number
      readonly topic: string
      readonly partition: number
      readonly offset: number
    }
  | {
      readonly kind: 'poll'
      readonly at: number
      readonly consumer: string
      readonly maxRecords: number
    }
  | {
      readonly kind: 'seek'
      readonly at: number
      readonly consumer: string
      readonly offset: number | 'earliest' | 'latest'
    }

/** What a replay leaves out, in words, so the user knows what the real cluster will not see. */
export interface ReplayPlan {
  readonly steps: readonly ReplayStep[]
  readonly notReplayed: readonly string[]
}

/**
 * The Kafka side of a scenario as timed steps. The records come from the simulator's own run (its
 * seeded producers), batch by batch as it appended them; records the simulated broker refused are
 * left out. Config changes, DeleteRecords and consumer polls and seeks come from the scenario.
 * Jobs, broker and host failures and the simulator's own knobs are not replayed (listed in
 * `notReplayed`).
 */
export function replayPlan(scenario: SimScenario): ReplayPlan {
  const steps: ReplayStep[] = []
  const world = initialWorld(scenario)
  let batch: {
    step: Extract<ReplayStep, { kind: 'produce' }>
    records: RecordToSend[]
    next: number
    producer: string | null
    actionIndex: number | undefined
  } | null = null
  const flush = (): void => {
    if (batch) steps.push({ ...batch.step, records: batch.records })
    batch = null
  }
  const sink = (event: SimEvent): void => {
    if (event.type !== 'record.appended') return
    const record = { key: event.key, value: event.value, timestamp: event.timestamp }
    // A scenario producer sends one record per batch; a produce action's records are one batch, and
    // two produce actions at the same millisecond are two batches (each with its own header).
    const sameBatch =
      batch !== null &&
      event.producer === null &&
      batch.producer === null &&
      batch.actionIndex === event.actionIndex &&
      batch.step.at === event.time &&
      batch.step.topic === event.topic &&
      batch.step.partition === event.partition &&
      batch.next === event.offset
    if (sameBatch && batch) {
      batch.records.push(record)
      batch.next++
      return
    }
    flush()
    batch = {
      step: {
        kind: 'produce',
        at: event.time,
        topic: event.topic,
        partition: event.partition,
        records: [],
      },
      records: [record],
      next: event.offset + 1,
      producer: event.producer,
      actionIndex: event.actionIndex,
    }
  }
  advanceWorld(world, scenario, scenario.durationMs, sink)
  flush()
  steps.push(...actionSteps(scenario), ...pollSteps(scenario))
  // Stable: at one time, records come before the actions and polls that follow them in the run.
  steps.sort((a, b) => a.at - b.at)
  return { steps, notReplayed: notReplayed(scenario) }
}

/**
 * Whether a step reads or changes the log, so it must meet the state the simulator predicts
 * (retention set as in the scenario, the broker settled). A produce only adds records and a seek
 * to a given offset asks the broker nothing.
 */
export function observesLog(step: ReplayStep): boolean {
  if (step.kind === 'produce') return false
  return !(step.kind === 'seek' && typeof step.offset === 'number')
}

/** The scenario topic a step reads or changes. */
export function stepTopic(scenario: SimScenario, step: ReplayStep): string {
  if (step.kind === 'poll' || step.kind === 'seek') {
    return scenario.consumers.find((c) => c.name === step.consumer)?.topic ?? ''
  }
  return step.topic
}

function actionSteps(scenario: SimScenario): ReplayStep[] {
  const steps: ReplayStep[] = []
  for (const action of scenario.actions) {
    if (action.type === 'topic.config') {
      steps.push({ kind: 'config', at: action.at, topic: action.topic, set: action.set })
    } else if (action.type === 'deleteRecords') {
      const { at, topic, partition, offset } = action
      steps.push({ kind: 'deleteRecords', at, topic, partition, offset })
    } else if (action.type === 'consumer.fetch' && action.singleRequest !== true) {
      const spec = scenario.consumers.find((c) => c.name === action.consumer)
      const maxRecords = action.maxRecords ?? spec?.['max.poll.records'] ?? 500
      steps.push({ kind: 'poll', at: action.at, consumer: action.consumer, maxRecords })
    } else if (action.type === 'consumer.seek') {
      steps.push({ kind: 'seek', at: action.at, consumer: action.consumer, offset: action.offset })
    }
  }
  return steps
}

/** A consumer with a poll interval polls at its start and every interval until the end. */
function pollSteps(scenario: SimScenario): ReplayStep[] {
  const steps: ReplayStep[] = []
  for (const consumer of scenario.consumers) {
    if (consumer.pollIntervalMs === null) continue
    for (let at = consumer.startMs; at <= scenario.durationMs; at += consumer.pollIntervalMs) {
      steps.push({
        kind: 'poll',
        at,
        consumer: consumer.name,
        maxRecords: consumer['max.poll.records'],
      })
    }
  }
  return steps
}

const NOT_REPLAYED_ACTIONS: ReadonlyMap<string, string> = new Map([
  ['roll', 'explicit segment rolls (Kafka has no admin request to roll a segment)'],
  ['cleaner.run', 'cleaner runs on demand (the real cleaner runs by itself)'],
  ['retention.run', 'retention checks on demand (the real broker checks on its own schedule)'],
  ['maintenance', 'pausing the background tasks'],
  ['topic.delete', 'topic deletions'],
  [
    'consumer.restart',
    "consumer restarts (the replay's consumers keep their position and settings; that consumer's later polls may differ)",
  ],
])

function notReplayed(scenario: SimScenario): string[] {
  const left: string[] = []
  if (scenario.jobs.length > 0) {
    left.push('Samza jobs (they need a deployment; see their job.properties in the app)')
  }
  const types: ReadonlySet<string> = new Set(scenario.actions.map((a) => a.type))
  for (const [type, words] of NOT_REPLAYED_ACTIONS) if (types.has(type)) left.push(words)
  if ([...types].some((t) => t.startsWith('job.') || t === 'checkpoint.write')) {
    left.push('job actions and checkpoint edits')
  }
  if ([...types].some((t) => t.startsWith('broker.') || t.startsWith('host.'))) {
    left.push('broker and host failures')
  }
  if (scenario.actions.some((a) => a.type === 'consumer.fetch' && a.singleRequest === true)) {
    left.push(
      "single-request consumer fetches (the Java consumer has no call that sends one request; that consumer's later polls may differ)",
    )
  }
  return left
}
