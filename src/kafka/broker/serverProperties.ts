/**
 * The broker's `server.properties` for tests: one KRaft node that is broker and controller at once,
 * on 127.0.0.1, with background tasks that run often so settled states come within seconds.
 */
export interface BrokerPorts {
  readonly broker: number
  readonly controller: number
}

/**
 * How often the broker's background work runs in tests (ms). Retention of `delete` topics runs every
 * `log.retention.check.interval.ms` from `log.initial.task.delay.ms`; the cleaner thread sleeps
 * `log.cleaner.backoff.ms` when it found nothing to clean (and runs retention of compacted topics).
 */
export const TEST_TASK_INTERVALS = {
  'log.retention.check.interval.ms': 250,
  'log.initial.task.delay.ms': 0,
  'log.cleaner.backoff.ms': 100,
} as const

export function serverProperties(ports: BrokerPorts, logDir: string): string {
  const settings: Record<string, string | number | boolean> = {
    'process.roles': 'broker,controller',
    'node.id': 1,
    'controller.quorum.voters': `1@127.0.0.1:${ports.controller}`,
    listeners: `PLAINTEXT://127.0.0.1:${ports.broker},CONTROLLER://127.0.0.1:${ports.controller}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${ports.broker}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'log.dirs': logDir,
    // One node: every internal topic has one replica.
    'offsets.topic.replication.factor': 1,
    'offsets.topic.num.partitions': 1,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    'share.coordinator.state.topic.replication.factor': 1,
    'share.coordinator.state.topic.min.isr': 1,
    'default.replication.factor': 1,
    'num.partitions': 1,
    'group.initial.rebalance.delay.ms': 0,
    // Topics exist only when a test or replay creates them.
    'auto.create.topics.enable': false,
    ...TEST_TASK_INTERVALS,
    // Deleted segment files go at once (no consumer-visible effect either way).
    'log.segment.delete.delay.ms': 0,
    // The cleaner's offset map: 16 MiB holds ~600k keys, plenty for tests, small for the heap.
    'log.cleaner.dedupe.buffer.size': 16 * 1024 * 1024,
    'log.cleaner.threads': 1,
  }
  return Object.entries(settings)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join('\n')
    .concat('\n')
}
