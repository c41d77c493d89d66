/** One record in a partition log, as read out of its columns (`recordColumns.ts`); immutable. */
export interface LogRecord {
  readonly offset: number
  readonly key: string | null
  /** `null` marks a tombstone (when the key is set): a delete for that key in a compacted topic. */
  readonly value: string | null
  /** CreateTime, set by the producer (normally the simulated time of the send). */
  readonly timestamp: number
  /**
   * KIP-534 delete horizon of the record's batch (each simulated produce of one record is one batch):
   * stamped by the first cleaning pass that keeps a tombstone, as pass start + `delete.retention.ms`.
   */
  readonly deleteHorizonMs?: number
  /** The producer that sent the record's batch (a scenario's producer or a job), when named. */
  readonly producer?: string
  /** Size in the scenario's size units, fixed at append. */
  readonly size: number
}

/** A record the producer sends; offsets are assigned by the log. */
export interface ProducedRecord {
  readonly key: string | null
  readonly value: string | null
  readonly timestamp: number
  /** The key's id in the world's key table, when the sender has interned it already. */
  readonly keyId?: number
}
