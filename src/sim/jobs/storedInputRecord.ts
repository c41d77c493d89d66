import type { RecordColumns } from '../log/recordColumns'
import { keyAt, offsetAt, timestampAt, valueAt } from '../log/recordColumns'
import type { InputRecord } from './processors'

/**
 * A stored record as a task's processor sees it, read from the log's columns. The value string is
 * decoded only when a processor reads it: counting never does, and decoding (and keeping) a record
 * object per input record was a large part of a job's cost.
 */
export class StoredInputRecord implements InputRecord {
  readonly offset: number
  readonly key: string | null
  readonly timestamp: number
  readonly #columns: RecordColumns
  readonly #row: number

  constructor(columns: RecordColumns, row: number) {
    this.offset = offsetAt(columns, row)
    this.key = keyAt(columns, row)
    this.timestamp = timestampAt(columns, row)
    this.#columns = columns
    this.#row = row
  }

  get value(): string | null {
    return valueAt(this.#columns, this.#row)
  }
}

/** Reads one row as a `StoredInputRecord` (for `fetchRows`). */
export function readInputRecord(columns: RecordColumns, row: number): StoredInputRecord {
  return new StoredInputRecord(columns, row)
}
