import { advanceWorld, initialWorld } from '../../sim'
import type { SimEvent, SimScenario, TopicConfigOverrides } from '../../sim'
import type { AutoOffsetReset } from '../client/plainConsumer'
import type { RecordToSend } from '../client/types'
import { notReplayed } from './notReplayed'

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
      /** One request a poll would send next (`consumer.fetch` with `singleRequest`). */
      readonly kind: 'request'
      readonly at: number
      readonly consumer: string
      readonly maxRecords: number
    }
  | {
      /** A new consumer instance: no position, this `auto.offset.reset`. */
      readonly kind: 'restart'
      readonly at: number
      readonly consumer: string
      readonly autoOffsetReset: AutoOffsetReset
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
 * seeded producers, and a job's writes to a topic the scenario declares), batch by batch as it
 * appended them; records the simulated broker refused are left out, and so are writes to topics a
 * job creates (changelogs, checkpoint topics, an undeclared output), which the replay does not
 * create. Config changes, DeleteRecords, consumer polls, single requests, seeks and restarts come
 * from the scenario. Jobs, forced cleaner passes, cleaner checkpoints, broker and host failures and
 * the simulator's own knobs are not replayed (listed in `notReplayed`).
 */
export function replayPlan(scenario: SimScenario): ReplayPlan {
  const steps: ReplayStep[] = []
  const world = initialWorld(scenario)
  let batch: {
    step: Extract<ReplayStep, { kind: 'produce' }>
    records: RecordToSend[]
    baseOffset: number
  } | null = null
  const flush = (): void => {
    if (batch) steps.push({ ...batch.step, records: batch.records })
    batch = null
  }
  const declared: ReadonlySet<string> = new Set(scenario.topics.map((t) => t.name))
  const sink = (event: SimEvent): void => {
    if (event.type !== 'record.appended' || !declared.has(event.topic)) return
    const record = { key: event.key, value: event.value, timestamp: event.timestamp }
    // One batch as the simulated log appended it: a generated producer's record, a produce
    // action's records, the messages a job's task run sent to one partition.
    const sameBatch =
      batch !== null &&
      batch.step.at === event.time &&
      batch.step.topic === event.topic &&
      batch.step.partition === event.partition &&
      batch.baseOffset === event.batchBaseOffset
    if (sameBatch && batch) {
      batch.records.push(record)
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
      baseOffset: event.batchBaseOffset,
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
 * (retention set as in the scenario, the broker settled). A produce only adds records, and a seek
 * to a given offset and a restart ask the broker nothing.
 */
export function observesLog(step: ReplayStep): boolean {
  if (step.kind === 'produce' || step.kind === 'restart') return false
  return !(step.kind === 'seek' && typeof step.offset === 'number')
}

/** The scenario topic a step reads or changes. */
export function stepTopic(scenario: SimScenario, step: ReplayStep): string {
  if (
    step.kind === 'poll' ||
    step.kind === 'request' ||
    step.kind === 'seek' ||
    step.kind === 'restart'
  ) {
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
    } else if (action.type === 'consumer.fetch') {
      const spec = scenario.consumers.find((c) => c.name === action.consumer)
      const maxRecords = action.maxRecords ?? spec?.['max.poll.records'] ?? 500
      const kind = action.singleRequest === true ? 'request' : 'poll'
      steps.push({ kind, at: action.at, consumer: action.consumer, maxRecords })
    } else if (action.type === 'consumer.seek') {
      steps.push({ kind: 'seek', at: action.at, consumer: action.consumer, offset: action.offset })
    } else if (action.type === 'consumer.restart') {
      const spec = scenario.consumers.find((c) => c.name === action.consumer)
      // A restart runs the declared settings plus its own `set` (an earlier change does not stick).
      const autoOffsetReset = action.set['auto.offset.reset'] ?? spec?.['auto.offset.reset']
      if (autoOffsetReset !== undefined)
        steps.push({ kind: 'restart', at: action.at, consumer: action.consumer, autoOffsetReset })
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
