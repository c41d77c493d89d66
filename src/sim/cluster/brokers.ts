import type { EventSink } from '../events'
import { wakeReaders } from '../jobs/wake'
import type { TopicState, World } from '../world'

/**
 * Broker failure and recovery. A failed broker leaves every ISR it was in; partitions it led move
 * to the next in-sync replica that is up, in replica order, or go offline when there is none (the
 * ISR then keeps the last leader, which takes over again when it returns). A recovered broker's
 * replicas copy what they missed from the leader and rejoin the ISR at once (no network model); a
 * replica that was out of sync cannot lead (`unclean.leader.election.enable=false`). Leadership does not
 * move back to the preferred replica by itself.
 */

/** Mutates `world`. */
export function failBroker(world: World, sink: EventSink, broker: number): string | null {
  const state = world.brokers[broker]
  if (!state) return `there is no broker ${broker}`
  if (!state.up) return `broker ${broker} is already down`
  state.up = false
  sink({ type: 'broker.failed', time: world.now, broker })
  for (const topic of world.topics.values()) {
    topic.replication.forEach((r, partition) => {
      if (!r.replicas.includes(broker)) return
      const wasLeader = r.leader === broker
      const remaining = r.isr.filter((b) => b !== broker)
      // The last in-sync replica stays in the ISR of an offline partition.
      r.isr = remaining.length > 0 || !wasLeader ? remaining : [broker]
      if (!wasLeader) return
      const next = r.replicas.find((b) => b !== broker && r.isr.includes(b)) ?? null
      r.leader = next
      sink({
        type: 'leader.changed',
        time: world.now,
        topic: topic.name,
        partition,
        from: broker,
        to: next,
      })
    })
  }
  return null
}

/** Mutates `world`. */
export function recoverBroker(world: World, sink: EventSink, broker: number): string | null {
  const state = world.brokers[broker]
  if (!state) return `there is no broker ${broker}`
  if (state.up) return `broker ${broker} is up`
  state.up = true
  sink({ type: 'broker.recovered', time: world.now, broker })
  for (const topic of world.topics.values()) {
    topic.replication.forEach((r, partition) => {
      if (!r.replicas.includes(broker)) return
      if (r.leader === null && r.isr.includes(broker)) {
        r.leader = broker
        sink({
          type: 'leader.changed',
          time: world.now,
          topic: topic.name,
          partition,
          from: null,
          to: broker,
        })
        // Readers that waited on the offline partition can fetch again.
        wakeReaders(world, topic.name, partition)
      }
      // With a leader, every replica that is up copies what it missed and is in sync again.
      if (r.leader !== null) r.isr = r.replicas.filter((b) => world.brokers[b]?.up)
    })
  }
  return null
}

/** False while no in-sync replica is up to lead the partition. */
export function isOnline(world: World, topic: string, partition: number): boolean {
  const state = world.topics.get(topic)
  return state === undefined || hasLeader(state, partition)
}

/** `isOnline` for a topic already looked up (a task run's inputs check it on every run). */
export function hasLeader(topic: TopicState, partition: number): boolean {
  return topic.replication[partition]?.leader !== null
}
