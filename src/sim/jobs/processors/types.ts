/** One input record as a task sees it. */
export interface InputRecord {
  readonly offset: number
  readonly key: string | null
  readonly value: string | null
  readonly timestamp: number
}

/** The task's own key-value store partition. */
export interface StoreAccess {
  get(key: string): string | undefined
  /** A null value deletes the key (and becomes a tombstone in the changelog). */
  put(key: string, value: string | null): void
}

/** Samza's `MessageCollector`: `send` goes to the job's output stream. */
export interface MessageCollector {
  send(key: string, value: string | null): void
}

/**
 * A built-in processor: a pure function of the record and the store, so two jobs over the same input
 * produce comparable outputs. `fromTable` says the record came from an enrich processor's table.
 */
export type Processor = (
  record: InputRecord,
  store: StoreAccess,
  collector: MessageCollector,
  fromTable: boolean,
) => void
