import type { KafkaCluster } from './kafkaCluster'
import { KafkaProtocolError } from './types'

export type AutoOffsetReset = 'earliest' | 'latest' | 'none'

/** What one poll did: where it read from, what it got, and the reset or error on the way. */
export interface PollResult {
  readonly from: number | null
  readonly offsets: readonly number[]
  /**
   * The OFFSET_OUT_OF_RANGE behind a reset or error of this poll: answered to its own fetch, or
   * to an earlier single request that left the partition awaiting its reset.
   */
  readonly outOfRange: { readonly position: number; readonly resetTo: number | null } | null
  readonly error: string | null
}

/** What one request did (`request`): a ListOffsets that places the consumer, or one Fetch. */
export interface RequestResult extends PollResult {
  readonly request: 'listOffsets' | 'fetch'
  /** The position after the request (null: still none). */
  readonly positionAfter: number | null
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
  /** An out-of-range Fetch response marked the partition; the next request is its reset. */
  awaitingReset = false
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
    // A seek replaces a pending reset (SubscriptionState.seek).
    this.awaitingReset = false
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
    if (this.awaitingReset) {
      // A single request left the reset pending: the poll's ListOffsets comes first.
      const resetTo = await this.reset()
      outOfRange = { position: this.position, resetTo }
      this.awaitingReset = false
      if (resetTo !== null) this.position = resetTo
    }
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
   * The one request a poll would send next, as the Java consumer's fetcher sends them. Without a
   * position, or with the partition awaiting a reset, it is a ListOffsets by `auto.offset.reset`
   * (the position moves, nothing is read; with `none` and no position, NoOffsetForPartitionException).
   * Otherwise it is one Fetch, whose response holds one segment's records. An OFFSET_OUT_OF_RANGE
   * response only marks the partition for reset (FetchCollector's
   * `requestOffsetResetIfPartitionAssigned`); with `none` the application gets the exception.
   */
  async request(maxRecords: number): Promise<RequestResult> {
    const stale = this.position
    if (stale === null || this.awaitingReset) {
      const resetTo = await this.reset()
      this.awaitingReset = false
      if (stale === null && resetTo === null) {
        this.lastError = 'NoOffsetForPartitionException'
        return { ...nothingRead('listOffsets', null, null), error: this.lastError }
      }
      this.position = resetTo ?? stale
      return nothingRead('listOffsets', stale, this.position)
    }
    let fetched
    try {
      fetched = await this.cluster.fetchFrom(this.topic, this.partition, stale)
    } catch (error) {
      if (!(error instanceof KafkaProtocolError && error.code === 'OFFSET_OUT_OF_RANGE'))
        throw error
      this.awaitingReset = this.autoOffsetReset !== 'none'
      this.lastError = this.awaitingReset ? null : 'OffsetOutOfRangeException'
      const outOfRange = { position: stale, resetTo: null }
      return { ...nothingRead('fetch', stale, stale), outOfRange, error: this.lastError }
    }
    const wanted = fetched.records.slice(0, maxRecords)
    const last = wanted.at(-1)
    this.position =
      last !== undefined && wanted.length < fetched.records.length
        ? last.offset + 1
        : Math.max(stale, fetched.nextOffset)
    this.lastError = null
    this.received += wanted.length
    const offsets = wanted.map((r) => r.offset)
    return {
      request: 'fetch',
      from: stale,
      offsets,
      outOfRange: null,
      error: null,
      positionAfter: this.position,
    }
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

/** A request that read no records. */
function nothingRead(
  request: RequestResult['request'],
  from: number | null,
  positionAfter: number | null,
): RequestResult {
  return { request, from, offsets: [], outOfRange: null, error: null, positionAfter }
}
