import type { KafkaCluster } from './kafkaCluster'
import { KafkaProtocolError } from './types'

export type AutoOffsetReset = 'earliest' | 'latest' | 'none'

/** What one poll did: where it read from, what it got, and the reset or error on the way. */
export interface PollResult {
  readonly from: number | null
  readonly offsets: readonly number[]
  readonly outOfRange: { readonly position: number; readonly resetTo: number | null } | null
  readonly error: string | null
}

/**
 * A plain consumer of one partition without a group (assign + seek), with the Java consumer's
 * `auto.offset.reset` rule: with no position, or after OFFSET_OUT_OF_RANGE, `earliest` moves to the
 * log start offset and `latest` to the log end offset (ListOffsets); `none` surfaces the error and
 * keeps the position. The Node client's own stream handles only a missing committed offset, so
 * this rule (FetchCollector and SubscriptionState in the Java client) is spelled out here.
 */
export class PlainConsumer {
  position: number | null = null
  lastError: string | null = null
  received = 0

  constructor(
    private readonly cluster: KafkaCluster,
    readonly topic: string,
    readonly partition: number,
    readonly autoOffsetReset: AutoOffsetReset,
  ) {}

  async seek(offset: number | 'earliest' | 'latest'): Promise<void> {
    this.position = typeof offset === 'number' ? offset : await this.resolve(offset)
    this.lastError = null
  }

  async poll(maxRecords: number): Promise<PollResult> {
    if (this.position === null) {
      const start = await this.reset()
      if (start === null) {
        this.lastError = 'NoOffsetForPartitionException'
        return { from: null, offsets: [], outOfRange: null, error: this.lastError }
      }
      this.position = start
    }
    let outOfRange: PollResult['outOfRange'] = null
    let records = await this.tryFetch(this.position, maxRecords)
    if (records === null) {
      const resetTo = await this.reset()
      outOfRange = { position: this.position, resetTo }
      if (resetTo === null) {
        this.lastError = 'OffsetOutOfRangeException'
        return { from: this.position, offsets: [], outOfRange, error: this.lastError }
      }
      this.position = resetTo
      records = (await this.tryFetch(resetTo, maxRecords)) ?? []
    }
    const from = this.position
    const last = records.at(-1)
    if (last) this.position = last.offset + 1
    this.lastError = null
    this.received += records.length
    return { from, offsets: records.map((r) => r.offset), outOfRange, error: null }
  }

  /** The records at the position, or null when the broker says OFFSET_OUT_OF_RANGE. */
  private async tryFetch(offset: number, maxRecords: number) {
    try {
      return await this.cluster.fetch(this.topic, this.partition, offset, maxRecords)
    } catch (error) {
      if (error instanceof KafkaProtocolError && error.code === 'OFFSET_OUT_OF_RANGE') return null
      throw error
    }
  }

  private async reset(): Promise<number | null> {
    return this.autoOffsetReset === 'none' ? null : this.resolve(this.autoOffsetReset)
  }

  private async resolve(where: 'earliest' | 'latest'): Promise<number> {
    const offsets = await this.cluster.offsets(this.topic, this.partition)
    return where === 'earliest' ? offsets.logStartOffset : offsets.logEndOffset
  }
}
