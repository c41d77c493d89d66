import { CHECKPOINT_TOPIC_PREFIX, type ReadonlyWorld } from '../../sim'

/** A partition replica on a broker: the leader, a follower in the ISR, or one that fell out. */
export interface ReplicaChip {
  readonly topic: string
  readonly partition: number
  readonly role: 'leader' | 'in sync' | 'out of sync'
}

export interface BrokerCard {
  readonly id: number
  readonly up: boolean
  readonly leaders: number
  /** Grouped by topic, in the world's topic order. */
  readonly topics: readonly {
    readonly topic: string
    /** Short enough for a card: a checkpoint topic is named by its job. */
    readonly label: string
    readonly replicas: readonly ReplicaChip[]
  }[]
}

export interface ContainerLine {
  readonly job: string
  readonly container: number
  readonly status: 'restoring' | 'running'
  readonly tasks: readonly string[]
}

export interface HostCard {
  readonly id: number
  readonly up: boolean
  readonly containers: readonly ContainerLine[]
}

export interface ClusterModel {
  readonly brokers: readonly BrokerCard[]
  readonly hosts: readonly HostCard[]
  /** Crashed containers waiting to be started again on a host that is up. */
  readonly waiting: readonly { readonly job: string; readonly container: number }[]
  /** `topic-partition` of every partition without a leader (no replica in the ISR is up). */
  readonly offline: readonly string[]
}

/** `__samza_checkpoint_ver_1_for_page-counter_2` reads as `checkpoints of page-counter_2`. */
export function topicLabel(topic: string): string {
  return topic.startsWith(CHECKPOINT_TOPIC_PREFIX)
    ? `checkpoints of ${topic.slice(CHECKPOINT_TOPIC_PREFIX.length)}`
    : topic
}

function brokerCard(world: ReadonlyWorld, id: number, up: boolean): BrokerCard {
  const topics = [...world.topics.values()].flatMap((topic) => {
    const replicas = topic.replication.flatMap((r, partition): ReplicaChip[] => {
      if (!r.replicas.includes(id)) return []
      const role = r.leader === id ? 'leader' : r.isr.includes(id) ? 'in sync' : 'out of sync'
      return [{ topic: topic.name, partition, role }]
    })
    return replicas.length === 0
      ? []
      : [{ topic: topic.name, label: topicLabel(topic.name), replicas }]
  })
  const leaders = topics.reduce(
    (sum, t) => sum + t.replicas.filter((r) => r.role === 'leader').length,
    0,
  )
  return { id, up, leaders, topics }
}

function hostCard(world: ReadonlyWorld, id: number, up: boolean): HostCard {
  const containers = [...world.jobs.values()].flatMap((job) =>
    job.containers.flatMap((c): ContainerLine[] =>
      c.host !== id || c.status === 'down' || c.status === 'waiting'
        ? []
        : [
            {
              job: job.app,
              container: c.index,
              status: c.status,
              tasks: job.tasks.filter((t) => t.container === c.index).map((t) => t.name),
            },
          ],
    ),
  )
  return { id, up, containers }
}

/** Brokers with their replicas (leader and ISR), hosts with the job containers they run. */
export function clusterModel(world: ReadonlyWorld): ClusterModel {
  return {
    brokers: world.brokers.map((b, id) => brokerCard(world, id, b.up)),
    hosts: world.hosts.map((h, id) => hostCard(world, id, h.up)),
    waiting: [...world.jobs.values()].flatMap((job) =>
      job.containers.flatMap((c) =>
        c.status === 'waiting' ? [{ job: job.app, container: c.index }] : [],
      ),
    ),
    offline: [...world.topics.values()].flatMap((topic) =>
      topic.replication.flatMap((r, p) => (r.leader === null ? [`${topic.name}-${p}`] : [])),
    ),
  }
}
