import { NO_KEY, internKey, type KeyTable } from '../log/keyTable'
import type { MessageCollector, StoreAccess } from './processors'
import type { PendingOutputs } from './output'
import type { TaskState } from './state'
import { putInPlace } from './store'
import { StoredInputRecord } from './storedInputRecord'

/** An output message of a run, rewritten by the next run that sends as many. */
interface MutableMessage {
  key: string
  value: string | null
  timestamp: number
  keyId: number
}

/**
 * What a processor gets as its store and its collector, for one run of a task. One object (with its
 * output columns) serves every run, started afresh by `startRun`: a task runs hundreds of thousands
 * of times in a long scenario, and what each run allocated (closures first, then an object and
 * arrays per run and per message) was a measurable share of a job's cost. Runs never overlap.
 * Processors address the store by key string; the key of the record in hand is resolved to its id
 * without a lookup.
 */
class TaskRun implements StoreAccess, MessageCollector {
  /** What this run sends, each message with the input record it came from. */
  readonly outputs: PendingOutputs
  /**
   * The message objects of `outputs`, reused by every run: nothing keeps a message past its run
   * (a batch's records are copied into the log, events copy their key and value), and two million
   * message objects were the largest share of the pipeline bench's young garbage. A spare message
   * keeps no value between runs.
   */
  readonly #messages: MutableMessage[] = []
  /** The input record being processed (moved from row to row). */
  readonly record = new StoredInputRecord()
  #task: TaskState | null = null
  #keyTable: KeyTable | null = null
  #now = 0

  constructor() {
    this.outputs = {
      length: 0,
      messages: this.#messages,
      sourceTimestamps: [],
      sourceInputs: [],
      sourceOffsets: [],
    }
  }

  start(task: TaskState, keyTable: KeyTable, now: number): void {
    this.#task = task
    this.#keyTable = keyTable
    this.#now = now
    this.#release()
  }

  get(key: string): string | undefined {
    const record = this.record
    const keyId = key === record.key ? record.keyId : this.#keyTable?.idByKey.get(key)
    return keyId === undefined ? undefined : this.#task?.store.values[keyId]
  }

  /** Writes are marked dirty for the next commit. */
  put(key: string, value: string | null): void {
    if (this.#task) putInPlace(this.#task, this.#keyIdOf(key), value)
  }

  send(key: string, value: string | null): void {
    const record = this.record
    const outputs = this.outputs
    const i = outputs.length++
    const keyId = this.#keyIdOf(key)
    const spare = this.#messages[i]
    if (spare === undefined) this.#messages[i] = { key, value, timestamp: this.#now, keyId }
    else {
      spare.key = key
      spare.value = value
      spare.timestamp = this.#now
      spare.keyId = keyId
    }
    outputs.sourceTimestamps[i] = record.timestamp
    outputs.sourceInputs[i] = record.input ?? undefined
    outputs.sourceOffsets[i] = record.offset
  }

  /** Mutates this run: drops what it holds (messages, inputs, storage), keeping the arrays' room. */
  finish(): void {
    this.#task = null
    this.#keyTable = null
    this.#release()
  }

  #release(): void {
    const outputs = this.outputs
    for (let i = 0; i < outputs.length; i++) {
      const message = this.#messages[i]
      if (message) message.value = null
      outputs.sourceInputs[i] = undefined
    }
    outputs.length = 0
    this.record.release()
  }

  #keyIdOf(key: string): number {
    const record = this.record
    if (key === record.key) return record.keyId
    return this.#keyTable === null ? NO_KEY : internKey(this.#keyTable, key)
  }
}

const run = new TaskRun()

/** The run of `task` at `now`, with no outputs yet; `finish` it when its outputs are sent. */
export function startRun(task: TaskState, keyTable: KeyTable, now: number): TaskRun {
  run.start(task, keyTable, now)
  return run
}
