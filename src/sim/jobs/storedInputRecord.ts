import type { RecordColumns } from '../log/recordColumns'
import { NO_KEY, keyAt, offsetAt, timestampAt, valueAt } from '../log/recordColumns'
import type { InputRecord } from './processors'
import type { TaskInput } from './state'

/**
 * A stored record as a task's processor sees it, read from the log's columns, with the task input
 * it was read from and its key's id in the world's key table. The value string is decoded only when a processor reads it: counting never
 * does, and decoding (and keeping) a record object per input record was a large part of a job's cost.
 */
export class StoredInputRecord implements InputRecord {
  readonly offset: number
  readonly key: string | null
  readonly keyId: number
  readonly timestamp: number
  readonly input: TaskInput
  readonly #columns: RecordColumns
  readonly #row: number

  constructor(columns: RecordColumns, row: number, input: TaskInput) {
    this.offset = offsetAt(columns, row)
    this.key = keyAt(columns, row)
    this.keyId = columns.keyIds[row] ?? NO_KEY
    this.timestamp = timestampAt(columns, row)
    this.input = input
    this.#columns = columns
    this.#row = row
  }

  get value(): string | null {
    return valueAt(this.#columns, this.#row)
  }
}

/** Reads one row of `input`'s log (for `fetchRows`). */
export function readStoredInputRecord(
  columns: RecordColumns,
  row: number,
  input: TaskInput,
): StoredInputRecord {
  return new StoredInputRecord(columns, row, input)
}
