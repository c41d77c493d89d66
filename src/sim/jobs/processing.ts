import type { EventSink } from '../events'
import { ignoreEvents } from '../events'
import { hasLeader, isOnline } from '../cluster/brokers'
import type { SimScenario } from '../simScenario'
import type { TopicState, World } from '../world'
import { findPartition, scheduleEvent } from '../world'
import { processorFor } from './processors'
import { sendOutputs } from './output'
import { releaseInputBatch, takeInputBatch } from './inputBatch'
import { autoOffsetReset, batchSize, processingMs } from './settings'
import type { JobState, TaskInput, TaskState } from './state'
import { taskLag } from './state'
import { startRun } from './taskRun'
import { waitForInput } from './wake'

/**
 * Mutates `world`: one run of a task: up to 100 ms of work at its processing rate, taking records
 * from its inputs in turn (bootstrap inputs first, to their head), then the next run when that work
 * is done, or a wait for input when there was nothing to do.
 */
export function runTask(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  job: JobState,
  taskIndex: number,
): void {
  const task = job.tasks[taskIndex]
  const container = task && job.containers[task.container]
  if (!task || !container) return
  const output = job.settings.output
  const outputTopic = output === null ? undefined : world.topics.get(output)
  if (!writesPossible(world, job, task, outputTopic)) {
    // Samza's producer retries forever (retries=Integer.MAX_VALUE): the task stalls until the
    // output or changelog partition has a leader again. Checked once a second.
    scheduleEvent(world, {
      kind: 'job.run',
      app: job.app,
      task: taskIndex,
      epoch: container.epoch,
      time: world.now + WRITE_RETRY_MS,
    })
    return
  }
  const readable = readableInputs(world, sink, job, task)
  const sources = bootstrappingInputs(readable) ?? readable
  const batch = takeInputBatch(world, sources, batchSize(job.settings))
  const processor = processorFor(job.spec.processor)
  const run = startRun(task, world.keyTable, world.now)
  const record = run.record
  const processed = batch.length
  for (let i = 0; i < processed; i++) {
    const columns = batch.columns[i]
    const input = batch.inputs[i]
    if (!columns || !input) continue
    record.moveTo(columns, batch.rows[i] ?? 0, input)
    processor(record, run, run, input.bootstrapUntil !== null)
    input.lastProcessed = record.offset
    task.lastRecordTimestamp = record.timestamp
  }
  releaseInputBatch(batch)
  const sent = run.outputs.length
  task.sinceCommit += processed
  const skipped = sendOutputs(world, scenario, sink, job, task, outputTopic, run.outputs)
  run.finish()
  if (skipped > 0 && job.settings.output !== null) {
    task.staleWritesSkipped += skipped
    sink({
      type: 'job.staleWritesSkipped',
      time: world.now,
      job: job.app,
      task: task.name,
      topic: job.settings.output,
      count: skipped,
      guard: job.settings.outputGuard,
    })
  }
  if (processed > 0 && sink !== ignoreEvents) {
    sink({
      type: 'job.processed',
      time: world.now,
      job: job.app,
      task: task.name,
      count: processed,
      sent: sent - skipped,
    })
  }
  noteCatchUp(world, sink, job)
  if (processed > 0 || hasUnread(world, sources)) {
    scheduleEvent(world, {
      kind: 'job.run',
      app: job.app,
      task: taskIndex,
      epoch: container.epoch,
      time: world.now + processingMs(job.settings, Math.max(1, processed)),
    })
  } else {
    task.idle = true
    waitForInput(world, { app: job.app, task: taskIndex, epoch: container.epoch }, readable)
  }
}

const WRITE_RETRY_MS = 1_000

// Loops rather than closures and filtered copies below: a task runs hundreds of thousands of times
// in a long scenario, often for one or two records, so what a run costs apart from its records counts.

function writesPossible(
  world: World,
  job: JobState,
  task: TaskState,
  outputTopic: TopicState | undefined,
): boolean {
  const changelog = job.settings.changelog
  if (outputTopic) for (const r of outputTopic.replication) if (r.leader === null) return false
  return changelog === null || isOnline(world, changelog, task.partition)
}

/** The inputs that can be read (out-of-range positions reset); `task.inputs` itself when all can. */
function readableInputs(
  world: World,
  sink: EventSink,
  job: JobState,
  task: TaskState,
): readonly TaskInput[] {
  const inputs = task.inputs
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]
    if (input && !resetIfOutOfRange(world, sink, job, task, input)) {
      // Some input cannot be read: keep the ones before it, then check the rest.
      const readable = inputs.slice(0, i)
      for (let j = i + 1; j < inputs.length; j++) {
        const next = inputs[j]
        if (next && resetIfOutOfRange(world, sink, job, task, next)) readable.push(next)
      }
      return readable
    }
  }
  return inputs
}

/** The bootstrap inputs not yet read to their bootstrap offset, or null when there are none. */
function bootstrappingInputs(inputs: readonly TaskInput[]): readonly TaskInput[] | null {
  let bootstrapping: TaskInput[] | null = null
  for (const input of inputs) {
    if (input.bootstrapUntil !== null && (input.position ?? 0) < input.bootstrapUntil)
      (bootstrapping ??= []).push(input)
  }
  return bootstrapping
}

function hasUnread(world: World, inputs: readonly TaskInput[]): boolean {
  for (const input of inputs) {
    const topic = world.topics.get(input.topic)
    // Online and behind its log end: one topic lookup for both.
    if (topic === undefined || !hasLeader(topic, input.partition)) continue
    const log = topic.partitions[input.partition]
    if (log !== undefined && taskLag(input, log.logEndOffset) > 0) return true
  }
  return false
}

/**
 * A position outside the log (retention deleted it, or a checkpoint points past the end) is reset
 * by auto.offset.reset; the offsets jumped over are never processed. False when the input's topic
 * is gone.
 */
function resetIfOutOfRange(
  world: World,
  sink: EventSink,
  job: JobState,
  task: TaskState,
  input: TaskInput,
): boolean {
  const log = findPartition(world, input.topic, input.partition)
  if (!log || input.position === null) return false
  if (input.position >= log.logStartOffset && input.position <= log.logEndOffset) return true
  const reset = autoOffsetReset(job.settings)
  const stale = input.position
  input.position = reset === 'earliest' ? log.logStartOffset : log.logEndOffset
  sink({
    type: 'job.offsetOutOfRange',
    time: world.now,
    job: job.app,
    task: task.name,
    topic: input.topic,
    partition: input.partition,
    position: stale,
    reset,
    newPosition: input.position,
    skipped: Math.max(0, input.position - stale),
  })
  return true
}

/** The first moment in this run when every task has read to the end of every input. */
function noteCatchUp(world: World, sink: EventSink, job: JobState): void {
  if (job.caughtUp || isBehind(world, job)) return
  job.caughtUp = true
  sink({
    type: 'job.caughtUp',
    time: world.now,
    job: job.app,
    afterMs: world.now - (job.startedAt ?? world.now),
  })
}

/**
 * Whether some task of the job has not read to the end of some input. Loops rather than closures:
 * this runs after every task run of a job that has not caught up yet.
 */
function isBehind(world: World, job: JobState): boolean {
  for (const task of job.tasks) {
    for (const input of task.inputs) {
      if (input.position === null) return true
      const log = findPartition(world, input.topic, input.partition)
      if (log !== undefined && taskLag(input, log.logEndOffset) > 0) return true
    }
  }
  return false
}
