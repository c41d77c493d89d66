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
    let records = await this.drain(this.position, maxRecords)
    if (records === null) {
      const resetTo = await this.reset()
      outOfRange = { position: this.position, resetTo }
      if (resetTo === null) {
        this.lastError = 'OffsetOutOfRangeException'
        return { from: this.position, offsets: [], outOfRange, error: this.lastError }
      }
      this.position = resetTo
      records = (await this.drain(resetTo, maxRecords)) ?? { offsets: [], next: resetTo }
    }
    const from = this.position
    this.position = records.next
    this.lastError = null
    this.received += records.offsets.length
    return { from, offsets: records.offsets, outOfRange, error: null }
  }

  /**
   * Fetches from `offset` until `maxRecords` records came or the log has no more: one Fetch
   * response holds one segment's records, while a Java consumer's poll hands over what its fetch
   * buffer holds, several responses when they are there. Null when the broker says
   * OFFSET_OUT_OF_RANGE at the first fetch.
   */
  private async drain(
    offset: number,
    maxRecords: number,
  ): Promise<{ offsets: number[]; next: number } | null> {
    const offsets: number[] = []
    let position = offset
    for (;;) {
      let fetched
      try {
        fetched = await this.cluster.fetchFrom(this.topic, this.partition, position)
      } catch (error) {
        if (error instanceof KafkaProtocolError && error.code === 'OFFSET_OUT_OF_RANGE') {
          if (position === offset) return null
          break
        }
        throw error
      }
      const wanted = fetched.records.slice(0, maxRecords - offsets.length)
      offsets.push(...wanted.map((r) => r.offset))
      if (wanted.length < fetched.records.length) {
        position = (wanted.at(-1)?.offset ?? position) + 1
        break
      }
      if (fetched.nextOffset <= position) break
      position = fetched.nextOffset
      if (offsets.length >= maxRecords) break
    }
    return { offsets, next: position }
  }

  private async reset(): Promise<number | null> {
    return this.autoOffsetReset === 'none' ? null : this.resolve(this.autoOffsetReset)
  }

  private async resolve(where: 'earliest' | 'latest'): Promise<number> {
    const offsets = await this.cluster.offsets(this.topic, this.partition)
    return where === 'earliest' ? offsets.logStartOffset : offsets.logEndOffset
  }
}
