import type { CleaningPass } from './cleaningPass'
import type { EventSink } from './events'
import type { TopicConfig } from './log/config'
import type { PartitionLog } from './log/partition'
import { clonePartitionLog, createPartitionLog } from './log/partition'
import { reservedRoom } from './log/reservedRoom'
import type { ColumnsCapacity } from './log/recordColumns'
import { createKeyTable, type KeyTable } from './log/keyTable'
import type { EventQueue, PendingEvent } from './queue'
import { cloneQueue, emptyQueue, pushEvent } from './queue'
import type { RngState } from './random'
import { createRng } from './random'
import type { AutoOffsetReset, ScenarioActionType, SimScenario, TopicSpec } from './simScenario'
import type { PartitionReplication } from './cluster/placement'
import { cloneReplication, placeReplicas } from './cluster/placement'
import type { JobState } from './jobs/state'
import { cloneJob, createJobState } from './jobs/state'
import { jobKey } from './jobs/naming'
import type { OutputVersions } from './jobs/outputVersions'
import type { LocalStores } from './jobs/localStores'

export interface TopicState {
  readonly name: string
  /** Which creation of a topic by this name this is (a deleted topic can be made again). */
  readonly incarnation: number
  config: TopicConfig
  readonly partitions: PartitionLog[]
  /** Per partition: replicas, leader, ISR. */
  readonly replication: PartitionReplication[]
}

export interface ConsumerState {
  readonly name: string
  readonly topic: string
  readonly partition: number
  /** The setting of the running consumer instance (a restart may change it). */
  autoOffsetReset: AutoOffsetReset
  readonly declaredAutoOffsetReset: AutoOffsetReset
  /** The next offset to fetch, or null before the first fetch or seek. */
  position: number | null
  /**
   * An out-of-range Fetch request marked the partition for reset (Kafka's AWAIT_RESET): the next
   * request is a ListOffsets by `auto.offset.reset`, not a Fetch. Only single requests leave it set;
   * a whole poll resets at once.
   */
  awaitingReset: boolean
  lastError: string | null
  /** How many records this consumer has received in all. */
  received: number
}

export interface ProducerState {
  /** Records sent so far (also the index of the next one). */
  sent: number
  rng: RngState
  /**
   * The world key table's id of each generated key, by key index: filled on first use and shared
   * by copies of the world, as the key table is (an id never changes meaning). Kept without holes
   * (`setSlot`): random picks fill it in no order, and V8 then kept it as a dictionary.
   */
  readonly keyIds: (number | undefined)[]
}

/**
 * Everything the engine knows at one moment. Plain data: copied for keyframes by `cloneWorld`,
 * which shares sealed segments and record storage.
 */
export interface World {
  now: number
  /** The scenario's `clockStartMs`: record timestamps inside are simulated times, outside epoch. */
  readonly clockStartMs: number
  /** Events processed so far: identifies a point of the deterministic run. */
  eventCount: number
  nextSeq: number
  /** Index of the next scenario action to run. */
  nextActionIndex: number
  /** Actions refused so far, oldest first; replaced, never mutated, so copies share it. */
  refusals: readonly Refusal[]
  periodicMaintenance: boolean
  /** Draws jitter for new segments; one stream for the broker. */
  brokerRng: RngState
  /** Every log's record keys (see `KeyTable`); shared by all copies of this world. */
  readonly keyTable: KeyTable
  readonly topics: Map<string, TopicState>
  readonly consumers: Map<string, ConsumerState>
  readonly producers: ProducerState[]
  readonly jobs: Map<string, JobState>
  /** Per input partition (`readerKey`), the tasks waiting for its next record. */
  readonly idleReaders: Map<string, readonly TaskRef[]>
  /** The source of the value each output key holds, for guarded writers (see `jobs/outputVersions`). */
  outputVersions: OutputVersions
  outputVersionsShared: boolean
  readonly hosts: HostState[]
  readonly brokers: BrokerState[]
  /** Topics created so far: the next one's place in the replica placement rule. */
  topicsCreated: number
  /** The cleaner thread's throttled pass in progress, or null when it is not in one. */
  cleaning: CleaningPass | null
  queue: EventQueue
}

/** An action the broker, Samza or a tool refused, and why. */
export interface Refusal {
  readonly time: number
  readonly action: ScenarioActionType
  /** The scenario action's index (time order), or null for a job's own scheduled start. */
  readonly actionIndex: number | null
  readonly reason: string
}

export interface BrokerState {
  up: boolean
}

export interface HostState {
  up: boolean
  /** The job stores kept on this host's disk (host affinity only; see `jobs/localStores`). */
  localStores: LocalStores
}

/** A task waiting for input, in the container epoch it was waiting in. */
export interface TaskRef {
  readonly app: string
  readonly task: number
  readonly epoch: number
}

export function readerKey(topic: string, partition: number): string {
  let keys = readerKeys.get(topic)
  if (!keys) {
    keys = []
    readerKeys.set(topic, keys)
  }
  return (keys[partition] ??= `${topic}\u0000${partition}`)
}

/** Built once per partition: every append looks its key up, and a new string would be hashed anew. */
const readerKeys = new Map<string, string[]>()

/** Seed stream ids: producers use their index; the broker uses a fixed id beyond any index. */
const BROKER_STREAM = 0x10000

export function createWorld(scenario: SimScenario): World {
  const world: World = {
    now: 0,
    clockStartMs: scenario.clockStartMs ?? 0,
    eventCount: 0,
    nextSeq: 0,
    nextActionIndex: 0,
    refusals: [],
    periodicMaintenance: scenario.periodicMaintenance,
    brokerRng: createRng(scenario.seed, BROKER_STREAM),
    keyTable: createKeyTable(),
    topics: new Map(),
    consumers: new Map(),
    producers: scenario.producers.map((_, i) => ({
      sent: 0,
      rng: createRng(scenario.seed, i),
      keyIds: [],
    })),
    jobs: new Map(scenario.jobs.map((spec) => [jobKey(spec), createJobState(spec)])),
    idleReaders: new Map(),
    outputVersions: new Map(),
    outputVersionsShared: false,
    hosts: Array.from({ length: scenario.cluster.hosts }, () => ({
      up: true,
      localStores: new Map(),
    })),
    brokers: Array.from({ length: scenario.cluster.brokers }, () => ({ up: true })),
    topicsCreated: 0,
    cleaning: null,
    queue: emptyQueue(),
  }
  for (const spec of scenario.topics) addTopic(world, spec, reservedRoom(scenario, spec))
  for (const spec of scenario.consumers) {
    world.consumers.set(spec.name, {
      name: spec.name,
      topic: spec.topic,
      partition: spec.partition,
      autoOffsetReset: spec['auto.offset.reset'],
      declaredAutoOffsetReset: spec['auto.offset.reset'],
      position: null,
      awaitingReset: false,
      lastError: null,
      received: 0,
    })
  }
  return world
}

/**
 * Mutates `world`: creates a topic with its replicas placed on the brokers, each partition's first
 * segment reserving `room(partition)` when given.
 */
export function addTopic(
  world: World,
  spec: TopicSpec,
  room?: (partition: number) => ColumnsCapacity | undefined,
): TopicState {
  const incarnation = world.topicsCreated++
  const topic: TopicState = {
    name: spec.name,
    incarnation,
    config: spec.config,
    partitions: Array.from({ length: spec.partitions }, (_, p) =>
      createPartitionLog(spec.name, p, world.now, world.keyTable, room?.(p)),
    ),
    replication: placeReplicas(
      incarnation,
      spec.partitions,
      spec.replicationFactor,
      world.brokers.length,
      (b) => world.brokers[b]?.up ?? false,
    ),
  }
  world.topics.set(spec.name, topic)
  return topic
}

/** Mutates `world`: queues the event with the next sequence number. */
export function scheduleEvent(world: World, event: PendingEvent): void {
  pushEvent(world.queue, event, world.nextSeq++)
}

/**
 * A structurally shared copy: later changes to either world never show in the other. The world and
 * its topics are spelled out in the order they are made in (`createWorld`, `addTopic`), not spread,
 * so copies share the originals' hidden classes (see `cloneSegment`).
 */
export function cloneWorld(world: World): World {
  const topics = new Map<string, TopicState>()
  for (const [name, topic] of world.topics) {
    topics.set(name, {
      name: topic.name,
      incarnation: topic.incarnation,
      config: topic.config,
      partitions: topic.partitions.map(clonePartitionLog),
      replication: topic.replication.map(cloneReplication),
    })
  }
  const consumers = new Map<string, ConsumerState>()
  for (const [name, consumer] of world.consumers) consumers.set(name, { ...consumer })
  const jobs = new Map<string, JobState>()
  for (const [app, job] of world.jobs) jobs.set(app, cloneJob(job))
  world.outputVersionsShared = true
  return {
    now: world.now,
    clockStartMs: world.clockStartMs,
    eventCount: world.eventCount,
    nextSeq: world.nextSeq,
    nextActionIndex: world.nextActionIndex,
    refusals: world.refusals,
    periodicMaintenance: world.periodicMaintenance,
    brokerRng: [...world.brokerRng],
    keyTable: world.keyTable,
    topics,
    consumers,
    producers: world.producers.map((p) => ({ sent: p.sent, rng: [...p.rng], keyIds: p.keyIds })),
    jobs,
    idleReaders: new Map(world.idleReaders),
    outputVersions: world.outputVersions,
    outputVersionsShared: world.outputVersionsShared,
    hosts: world.hosts.map((h) => ({ up: h.up, localStores: h.localStores })),
    brokers: world.brokers.map((b) => ({ up: b.up })),
    topicsCreated: world.topicsCreated,
    cleaning: world.cleaning,
    queue: cloneQueue(world.queue),
  }
}

/** Mutates `world`: records a refused action and tells the sink. */
export function refuseAction(world: World, sink: EventSink, refusal: Omit<Refusal, 'time'>): void {
  world.refusals = [...world.refusals, { time: world.now, ...refusal }]
  sink({ type: 'action.refused', time: world.now, action: refusal.action, reason: refusal.reason })
}

export function findPartition(
  world: World,
  topic: string,
  partition: number,
): PartitionLog | undefined {
  return world.topics.get(topic)?.partitions[partition]
}
