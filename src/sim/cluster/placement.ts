/**
 * Where a partition's replicas live and who leads it. Placement rule (a simplification of Kafka's
 * rack-unaware assignment, which starts at a random broker): replica i of partition p of the k-th
 * topic created goes to broker (k + p + i) mod brokers, so leaders spread and no broker holds two
 * replicas of one partition. The first replica is the preferred leader.
 */
export interface PartitionReplication {
  /** Brokers holding a replica, preferred leader first. Fixed at creation. */
  readonly replicas: readonly number[]
  /** null: offline (no in-sync replica is up; unclean leader election is off). */
  leader: number | null
  /** In-sync replicas. Followers copy each append at once, so the high watermark is the log end. */
  isr: number[]
}

export function placeReplicas(
  topicOrdinal: number,
  partitions: number,
  replicationFactor: number,
  brokers: number,
  up: (broker: number) => boolean,
): PartitionReplication[] {
  const factor = Math.min(replicationFactor, brokers)
  return Array.from({ length: partitions }, (_, p) => {
    const replicas = Array.from({ length: factor }, (_, i) => (topicOrdinal + p + i) % brokers)
    const isr = replicas.filter(up)
    return { replicas, leader: isr[0] ?? null, isr: isr.length > 0 ? isr : replicas.slice(0, 1) }
  })
}

export function cloneReplication(r: PartitionReplication): PartitionReplication {
  return { replicas: r.replicas, leader: r.leader, isr: r.isr.slice() }
}
