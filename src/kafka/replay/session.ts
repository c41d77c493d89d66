import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { SimScenario, TopicConfigOverrides } from '../../sim'
import type { KafkaCluster } from '../client/kafkaCluster'
import { PlainConsumer } from '../client/plainConsumer'
import type { AutoOffsetReset, PollResult } from '../client/plainConsumer'
import { observesLog } from './plan'
import type { ReplayStep } from './plan'
import { replayTopicName } from './names'
import { brokerTopicConfigs } from './topicConfigs'
import type { ConfigTarget } from './topicConfigs'
import { asRequest } from './views'
import type { PartitionView, PollView } from './views'

/** Retention that deletes nothing, while the records of a replay are written. */
const HELD_RETENTION: ReadonlyMap<string, string> = new Map([
  ['retention.ms', '-1'],
  ['retention.bytes', '-1'],
])

/** The replay would touch a topic it did not create; nothing was written to it. */
export class ReplayRefused extends Error {}

export interface RunOptions {
  /** Simulated ms per real ms; null runs the steps back to back. */
  readonly timeFactor: number | null
  /** Called before every step that observes the log (`observesLog`): it sees a settled log. */
  readonly beforeStep?: (step: ReplayStep) => Promise<void>
}

/**
 * One replay of a scenario's Kafka side into a cluster. It creates the scenario's topics under
 * `rewindlab.<run-id>.`, refuses any topic that already exists (it did not create it), writes,
 * alters and deletes only topics it created, and shifts record timestamps so that the end of the
 * scenario is "now" on the broker's clock: timestamp = anchorMs + simulated time.
 */
export class ReplaySession {
  private readonly owned = new Set<string>()
  private readonly consumers = new Map<string, PlainConsumer>()
  /** Each topic's configs as the scenario has them so far (creation, then every change). */
  private readonly configs = new Map<string, TopicConfigOverrides>()
  /** Whether retention is held (see `run`). */
  private retentionHeld = false
  readonly leftOut: string[] = []

  constructor(
    private readonly cluster: KafkaCluster,
    private readonly scenario: SimScenario,
    readonly runId: string,
    readonly anchorMs: number,
    private readonly target: ConfigTarget,
  ) {}

  topicName(simTopic: string): string {
    return replayTopicName(this.runId, simTopic)
  }

  /** Creates every scenario topic; refuses (before creating any) when one of the names is taken. */
  async createTopics(): Promise<void> {
    const existing = new Set(await this.cluster.listTopics())
    for (const topic of this.scenario.topics) {
      const name = this.topicName(topic.name)
      if (existing.has(name)) {
        throw new ReplayRefused(
          `${name} already exists and this run did not create it: the replay will not write to it`,
        )
      }
    }
    for (const topic of this.scenario.topics) {
      const { configs, leftOut } = brokerTopicConfigs(
        this.scenario,
        topic.config,
        this.target,
        true,
      )
      this.leftOut.push(...leftOut.map((why) => `${topic.name}: ${why}`))
      // Created with retention held (see `holdRetention`): a topic created with the scenario's
      // retention could delete its first records, already old, before the hold reached the broker.
      for (const [key, value] of HELD_RETENTION) configs.set(key, value)
      await this.cluster.createTopic(this.topicName(topic.name), topic.partitions, configs)
      this.owned.add(this.topicName(topic.name))
      this.configs.set(topic.name, topic.config)
    }
    this.retentionHeld = true
  }

  /**
   * Time runs faster in a replay than in the scenario, and every record arrives with its final
   * age already (the scenario ends "now"). Left alone, retention would delete a segment while later
   * records of the scenario are still to come, even the active one, and Kafka then rolls a new
   * segment where the scenario never rolled. So while records are written, retention waits
   * (retention.ms and retention.bytes −1); before anything observes or changes the log, and at the
   * end, the scenario's values are set again. Retention only ever deletes more as a log grows, so
   * the settled state is the one the scenario reaches, as long as the scenario itself never expires
   * its active segment.
   */
  private async holdRetention(held: boolean): Promise<void> {
    if (this.retentionHeld === held) return
    for (const [topic, config] of this.configs) {
      const values = held
        ? HELD_RETENTION
        : brokerTopicConfigs(this.scenario, retentionOf(config), this.target, false).configs
      if (values.size > 0) await this.cluster.alterTopicConfig(this.ownedName(topic), values)
    }
    this.retentionHeld = held
  }

  /** Sets the scenario's retention again (the end of a replay). */
  async releaseRetention(): Promise<void> {
    await this.holdRetention(false)
  }

  /** The broker name of a scenario topic this run created; refuses any other. */
  private ownedName(simTopic: string): string {
    const name = this.topicName(simTopic)
    if (!this.owned.has(name)) {
      throw new ReplayRefused(`${name} was not created by this run: the replay will not touch it`)
    }
    return name
  }

  async run(steps: readonly ReplayStep[], options: RunOptions): Promise<PollView[]> {
    const polls: PollView[] = []
    const startedAt = Date.now()
    for (const step of steps) {
      if (options.timeFactor !== null) {
        const due = startedAt + step.at / options.timeFactor
        const wait = due - Date.now()
        if (wait > 0) await new Promise((done) => setTimeout(done, wait))
      }
      // Retention is set back only for a step that observes the log: released for a seek between
      // two writes, it could delete the active segment of records already old and move every
      // later segment boundary.
      if (step.kind === 'produce') await this.holdRetention(true)
      if (observesLog(step)) {
        await this.holdRetention(false)
        if (options.beforeStep) await options.beforeStep(step)
      }
      const poll = await this.runStep(step)
      if (poll) polls.push(poll)
    }
    await this.releaseRetention()
    return polls
  }

  private async runStep(step: ReplayStep): Promise<PollView | null> {
    switch (step.kind) {
      case 'produce': {
        const records = step.records.map((r) => ({ ...r, timestamp: this.anchorMs + r.timestamp }))
        await this.cluster.produce(this.ownedName(step.topic), step.partition, records)
        return null
      }
      case 'config': {
        this.configs.set(step.topic, { ...this.configs.get(step.topic), ...step.set })
        const { configs, leftOut } = brokerTopicConfigs(this.scenario, step.set, this.target, false)
        this.leftOut.push(...leftOut.map((why) => `${step.topic} (change): ${why}`))
        if (configs.size > 0)
          await this.cluster.alterTopicConfig(this.ownedName(step.topic), configs)
        return null
      }
      case 'deleteRecords':
        await this.cluster.deleteRecords(this.ownedName(step.topic), step.partition, step.offset)
        return null
      case 'seek':
        await this.consumer(step.consumer).seek(step.offset)
        return null
      case 'poll': {
        const result = await this.consumer(step.consumer).poll(step.maxRecords)
        return pollView(step.consumer, step.at, result)
      }
      case 'request': {
        const result = await this.consumer(step.consumer).request(step.maxRecords)
        const view = pollView(step.consumer, step.at, result)
        return asRequest(view, result.request, result.positionAfter)
      }
      case 'restart':
        // The old instance closes; the new one has no position (no group, no committed offset).
        this.consumers.set(step.consumer, this.newConsumer(step.consumer, step.autoOffsetReset))
        return null
    }
  }

  private consumer(name: string): PlainConsumer {
    const existing = this.consumers.get(name)
    if (existing) return existing
    const consumer = this.newConsumer(name, null)
    this.consumers.set(name, consumer)
    return consumer
  }

  /** A consumer instance as declared, with `autoOffsetReset` instead of the declared one if given. */
  private newConsumer(name: string, autoOffsetReset: AutoOffsetReset | null): PlainConsumer {
    const spec = this.scenario.consumers.find((c) => c.name === name)
    if (!spec) throw new Error(`the scenario has no consumer ${name}`)
    return new PlainConsumer(
      this.cluster,
      this.ownedName(spec.topic),
      spec.partition,
      autoOffsetReset ?? spec['auto.offset.reset'],
    )
  }

  /** The broker's partitions of every scenario topic, timestamps back in simulated time. */
  async readPartitions(
    dataDir: string | null,
    only: readonly string[] = this.scenario.topics.map((t) => t.name),
  ): Promise<PartitionView[]> {
    const views: PartitionView[] = []
    for (const topic of this.scenario.topics) {
      if (!only.includes(topic.name)) continue
      const name = this.ownedName(topic.name)
      for (let partition = 0; partition < topic.partitions; partition++) {
        const offsets = await this.cluster.offsets(name, partition)
        const records = (await this.cluster.readAll(name, partition)).map((r) => ({
          ...r,
          timestamp: r.timestamp - this.anchorMs,
        }))
        views.push({
          topic: topic.name,
          partition,
          ...offsets,
          records,
          size: await this.cluster.partitionSize(name, partition),
          segmentBaseOffsets: dataDir === null ? null : segmentFiles(dataDir, name, partition),
        })
      }
    }
    return views
  }

  /** Deletes the topics this run created, and only those. */
  async cleanup(): Promise<string[]> {
    const names = [...this.owned]
    await this.cluster.deleteTopics(names)
    this.owned.clear()
    return names
  }
}

function retentionOf(config: TopicConfigOverrides): TopicConfigOverrides {
  return { 'retention.ms': config['retention.ms'], 'retention.bytes': config['retention.bytes'] }
}

function pollView(consumer: string, at: number, result: PollResult): PollView {
  return {
    consumer,
    at,
    from: result.from,
    count: result.offsets.length,
    firstOffset: result.offsets[0] ?? null,
    lastOffset: result.offsets.at(-1) ?? null,
    outOfRange: result.outOfRange,
    error: result.error,
  }
}

/** Base offsets of a partition's segment files in a local broker's log directory. */
function segmentFiles(dataDir: string, topic: string, partition: number): number[] | null {
  const dir = join(dataDir, `${topic}-${String(partition)}`)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null
  return readdirSync(dir)
    .filter((file) => /^\d{20}\.log$/.test(file))
    .map((file) => Number(file.slice(0, 20)))
    .sort((a, b) => a - b)
}
