/** A record as read back from a partition (strings as UTF-8; null key or value as null). */
export interface BrokerRecord {
  readonly offset: number
  readonly key: string | null
  readonly value: string | null
  readonly timestamp: number
}

/** A record to send; the broker assigns the offset. */
export interface RecordToSend {
  readonly key: string | null
  readonly value: string | null
  readonly timestamp: number
}

/** A Kafka protocol error by its name (OFFSET_OUT_OF_RANGE, INVALID_RECORD …), as the broker sent it. */
export class KafkaProtocolError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}
