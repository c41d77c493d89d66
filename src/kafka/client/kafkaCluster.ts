import {
  Admin,
  ConfigResourceTypes,
  Consumer,
  IncrementalAlterConfigOperationTypes,
  Producer,
  ProduceAcks,
} from '@platformatic/kafka'
import type { RecordsBatch } from '@platformatic/kafka'
import { protocolErrorOf } from './protocolErrors'
import { KafkaProtocolError } from './types'
import type { BrokerRecord, RecordToSend } from './types'

/** ListOffsets' special timestamps: the log start offset and the high watermark. */
const EARLIEST = -2n
const LATEST = -1n
const FETCH_MAX_BYTES = 4 * 1024 * 1024
const REQUEST_TIMEOUT_MS = 15_000
const READ_ATTEMPTS = 5

export interface PartitionOffsets {
  readonly logStartOffset: number
  readonly logEndOffset: number
}

/** How long a created topic may take to be listed: 100 attempts 100 ms apart. */
const TOPIC_LISTED_ATTEMPTS = 100
const TOPIC_LISTED_PAUSE_MS = 100

/**
 * The Kafka operations Rewind Lab needs, over @platformatic/kafka: admin (topics, configs,
 * DeleteRecords, offsets), producing one batch with explicit timestamps to a given partition, and
 * fetching from an offset. Errors the broker returns come out as KafkaProtocolError.
 */
export class KafkaCluster {
  private readonly admin: Admin
  private readonly producer: Producer
  private readonly fetcher: Consumer

  constructor(
    readonly bootstrap: string,
    clientId = 'rewindlab',
  ) {
    const base = { bootstrapBrokers: [bootstrap], timeout: REQUEST_TIMEOUT_MS, retries: 1 }
    this.admin = new Admin({ ...base, clientId: `${clientId}-admin` })
    this.producer = new Producer({ ...base, clientId: `${clientId}-producer`, idempotent: false })
    // The consumer only fetches from explicit offsets; it never joins its group.
    this.fetcher = new Consumer({ ...base, clientId: `${clientId}-fetch`, groupId: clientId })
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.admin.close(), this.producer.close(), this.fetcher.close()])
  }

  async listTopics(): Promise<string[]> {
    return this.admin.listTopics()
  }

  async createTopic(
    name: string,
    partitions: number,
    configs: ReadonlyMap<string, string>,
  ): Promise<void> {
    await wrapErrors(
      this.admin.createTopics({
        topics: [name],
        partitions,
        replicas: 1,
        configs: [...configs].map(([configName, value]) => ({ name: configName, value })),
      }),
    )
    await this.untilListed(name)
  }

  /**
   * CreateTopics answers once the controller has the topic; the broker's metadata, which
   * ListTopics reads, can lag a moment behind. Waits (bounded) until the topic is listed, so what
   * follows a creation sees the topic.
   */
  private async untilListed(name: string): Promise<void> {
    for (let attempt = 0; attempt < TOPIC_LISTED_ATTEMPTS; attempt++) {
      if ((await this.admin.listTopics()).includes(name)) return
      await new Promise((resolve) => setTimeout(resolve, TOPIC_LISTED_PAUSE_MS))
    }
    throw new Error(`${name} was created but the broker did not list it`)
  }

  async deleteTopics(names: readonly string[]): Promise<void> {
    if (names.length > 0) await wrapErrors(this.admin.deleteTopics({ topics: [...names] }))
  }

  /**
   * Sets topic configs (IncrementalAlterConfigs SET), as kafka-configs --alter --add-config does,
   * and waits (bounded) until the broker describes them: the controller answers once the change is
   * committed, and the broker applies it a moment later, so a write sent at once could still meet
   * the old retention.
   */
  async alterTopicConfig(name: string, configs: ReadonlyMap<string, string>): Promise<void> {
    await wrapErrors(
      this.admin.incrementalAlterConfigs({
        resources: [
          {
            resourceType: ConfigResourceTypes.TOPIC,
            resourceName: name,
            configs: [...configs].map(([configName, value]) => ({
              name: configName,
              configOperation: IncrementalAlterConfigOperationTypes.SET,
              value,
            })),
          },
        ],
      }),
    )
    await this.untilDescribed(name, configs)
  }

  private async untilDescribed(name: string, configs: ReadonlyMap<string, string>): Promise<void> {
    let differing: string[] = []
    for (let attempt = 0; attempt < TOPIC_LISTED_ATTEMPTS; attempt++) {
      const [description] = await wrapErrors(
        this.admin.describeConfigs({
          resources: [
            {
              resourceType: ConfigResourceTypes.TOPIC,
              resourceName: name,
              configurationKeys: [...configs.keys()],
            },
          ],
        }),
      )
      const shown = new Map(description?.configs.map((c) => [c.name, c.value]))
      differing = [...configs]
        .filter(([key, value]) => !sameConfigValue(shown.get(key), value))
        .map(([key, value]) => `${key} ${value} (shown: ${String(shown.get(key))})`)
      if (differing.length === 0) return
      await new Promise((resolve) => setTimeout(resolve, TOPIC_LISTED_PAUSE_MS))
    }
    throw new Error(`the broker did not apply the new configs of ${name}: ${differing.join(', ')}`)
  }

  /** Sends the records as one batch to one partition (acks=all) and returns the first offset. */
  async produce(
    topic: string,
    partition: number,
    records: readonly RecordToSend[],
  ): Promise<number> {
    const result = await wrapErrors(
      this.producer.send({
        acks: ProduceAcks.ALL,
        messages: records.map((r) => ({
          topic,
          partition,
          timestamp: BigInt(r.timestamp),
          ...(r.key === null ? {} : { key: Buffer.from(r.key) }),
          ...(r.value === null ? {} : { value: Buffer.from(r.value) }),
        })),
      }),
    )
    const offset = result.offsets?.[0]?.offset
    return offset === undefined ? -1 : Number(offset)
  }

  /** DeleteRecords: moves the log start offset up to `offset`; returns the new low watermark. */
  async deleteRecords(topic: string, partition: number, offset: number): Promise<number> {
    const result = await wrapErrors(
      this.admin.deleteRecords({
        topics: [{ name: topic, partitions: [{ partition, offset: BigInt(offset) }] }],
      }),
    )
    return Number(result[0]?.partitions[0]?.lowWatermark ?? -1)
  }

  async offsets(topic: string, partition: number): Promise<PartitionOffsets> {
    const [start, end] = await Promise.all([
      this.listOffset(topic, partition, EARLIEST),
      this.listOffset(topic, partition, LATEST),
    ])
    return { logStartOffset: start, logEndOffset: end }
  }

  async listOffset(topic: string, partition: number, timestamp: bigint): Promise<number> {
    const result = await wrapErrors(
      this.admin.listOffsets({
        topics: [{ name: topic, partitions: [{ partitionIndex: partition, timestamp }] }],
      }),
    )
    return Number(result[0]?.partitions[0]?.offset ?? -1)
  }

  /** The partition's size on the broker in bytes (DescribeLogDirs: its segments added up). */
  async partitionSize(topic: string, partition: number): Promise<number> {
    const dirs = await wrapErrors(
      this.admin.describeLogDirs({ topics: [{ name: topic, partitions: [partition] }] }),
    )
    for (const broker of dirs) {
      for (const dir of broker.results) {
        for (const t of dir.topics) {
          if (t.name !== topic) continue
          for (const p of t.partitions) {
            if (p.partitionIndex === partition) return Number(p.partitionSize)
          }
        }
      }
    }
    return -1
  }

  /**
   * One fetch from `offset` (the records at or after it, up to `maxRecords`), as a consumer's poll
   * sees it. Throws KafkaProtocolError OFFSET_OUT_OF_RANGE when the offset is below the log start or
   * above the log end.
   */
  async fetch(
    topic: string,
    partition: number,
    offset: number,
    maxRecords: number,
  ): Promise<BrokerRecord[]> {
    const { records } = await this.fetchFrom(topic, partition, offset)
    return records.slice(0, maxRecords)
  }

  /**
   * Every record from the log start to the log end, read with successive fetches. Retention may
   * move the log start while it reads; then it reads again from the new start (a few times at most).
   */
  async readAll(topic: string, partition: number): Promise<BrokerRecord[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.readOnce(topic, partition)
      } catch (error) {
        const moved = error instanceof KafkaProtocolError && error.code === 'OFFSET_OUT_OF_RANGE'
        if (!moved || attempt >= READ_ATTEMPTS) throw error
      }
    }
  }

  private async readOnce(topic: string, partition: number): Promise<BrokerRecord[]> {
    const { logStartOffset, logEndOffset } = await this.offsets(topic, partition)
    const records: BrokerRecord[] = []
    let position = logStartOffset
    while (position < logEndOffset) {
      const fetched = await this.fetchFrom(topic, partition, position)
      // Nothing past the position (only gaps left): the read is complete.
      if (fetched.nextOffset <= position) break
      records.push(...fetched.records)
      position = fetched.nextOffset
    }
    return records
  }

  /**
   * The records of one Fetch at or after `offset` (Kafka answers from one segment at a time), and
   * the offset after its last batch, where the next fetch continues (past a compacted gap too).
   */
  async fetchFrom(
    topic: string,
    partition: number,
    offset: number,
  ): Promise<{ records: BrokerRecord[]; nextOffset: number }> {
    const metadata = await this.fetcher.metadata({ topics: [topic] })
    const topicMetadata = metadata.topics.get(topic)
    const leader = topicMetadata?.partitions[partition]?.leader
    if (!topicMetadata || leader === undefined) {
      throw new Error(`${topic} has no partition ${String(partition)} on ${this.bootstrap}`)
    }
    const response = await wrapErrors(
      this.fetcher.fetch({
        node: leader,
        maxWaitTime: 0,
        minBytes: 1,
        maxBytes: FETCH_MAX_BYTES,
        topics: [
          {
            topicId: topicMetadata.id,
            partitions: [
              {
                partition,
                currentLeaderEpoch: -1,
                fetchOffset: BigInt(offset),
                lastFetchedEpoch: -1,
                partitionMaxBytes: FETCH_MAX_BYTES,
              },
            ],
          },
        ],
      }),
    )
    const batches = response.responses[0]?.partitions[0]?.records ?? []
    const last = batches.at(-1)
    const nextOffset = last ? Number(last.firstOffset) + last.lastOffsetDelta + 1 : offset
    return { records: recordsOf(batches).filter((r) => r.offset >= offset), nextOffset }
  }
}

function recordsOf(batches: readonly RecordsBatch[]): BrokerRecord[] {
  const records: BrokerRecord[] = []
  for (const batch of batches) {
    for (const r of batch.records) {
      records.push({
        offset: Number(batch.firstOffset) + r.offsetDelta,
        key: r.key === null ? null : r.key.toString('utf8'),
        value: r.value === null ? null : r.value.toString('utf8'),
        timestamp: Number(batch.firstTimestamp + r.timestampDelta),
      })
    }
  }
  return records
}

/** The broker shows a double as Java prints it ("1.0" for "1"). */
function sameConfigValue(shown: string | null | undefined, sent: string): boolean {
  if (shown === sent) return true
  if (typeof shown !== 'string' || shown === '') return false
  return Number.isFinite(Number(shown)) && Number(shown) === Number(sent)
}

async function wrapErrors<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise
  } catch (error) {
    throw protocolErrorOf(error)
  }
}
