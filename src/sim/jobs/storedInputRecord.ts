import type { RecordColumns } from '../log/recordColumns'
import { keyAt, offsetAt, timestampAt, valueAt } from '../log/recordColumns'
import { NO_KEY } from '../log/keyTable'
import type { InputRecord } from './processors'
import type { TaskInput } from './state'

/**
 * A stored record as a task's processor sees it, read from the log's columns, with the task input
 * it was read from and its key's id in the world's key table. One object is moved from row to row
 * (`moveTo`): processors are pure functions that keep nothing of the record they are given, and an
 * object per input record was a large part of a job's allocations. The value string is decoded only
 * when a processor reads it: counting never does.
 */
export class StoredInputRecord implements InputRecord {
  offset = 0
  key: string | null = null
  keyId = NO_KEY
  timestamp = 0
  input: TaskInput | null = null
  #columns: RecordColumns | null = null
  #row = 0

  /** Mutates this record: it becomes row `row` of `columns`, read from `input`. */
  moveTo(columns: RecordColumns, row: number, input: TaskInput): this {
    this.offset = offsetAt(columns, row)
    this.key = keyAt(columns, row)
    this.keyId = columns.keyIds[row] ?? NO_KEY
    this.timestamp = timestampAt(columns, row)
    this.input = input
    this.#columns = columns
    this.#row = row
    return this
  }

  /** Mutates this record: points at nothing, so it keeps no storage alive between runs. */
  release(): void {
    this.input = null
    this.#columns = null
  }

  get value(): string | null {
    return this.#columns === null ? null : valueAt(this.#columns, this.#row)
  }
}
