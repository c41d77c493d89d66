import type { WorldSnapshot } from '../sim'
import { producedEverySecond } from './build'
import type { Lesson } from './lesson'
import { recordsOf } from './read'

const TOMBSTONE_OFFSET = 2

const changes = (startMs: number, records: readonly (readonly [string, string | null])[]) =>
  producedEverySecond('user-profiles', startMs, records)

function tombstonePresent(world: WorldSnapshot): boolean {
  return recordsOf(world, 'user-profiles').some(
    (r) => r.offset === TOMBSTONE_OFFSET && r.value === null,
  )
}

function positionOf(world: WorldSnapshot, consumer: string): number {
  return world.consumers.find((c) => c.name === consumer)?.position ?? 0
}

export const tombstones: Lesson = {
  id: 'tombstones',
  title: 'Tombstones',
  summary:
    'A null value deletes a key; the tombstone is kept until a cleaning after its delete horizon; ' +
    'an idle topic keeps it; a slow reader can miss the delete.',
  minutes: 12,
  scenario: {
    version: 1,
    name: 'Tombstones',
    description:
      'user-1 is deleted with a tombstone. The cleaner runs at 5, 10, 20 and 25 s; delete.retention.ms ' +
      'is 10 s. fast-cache reads at 6 s, slow-cache at 4.5 s and then only at 26 s.',
    durationMs: 30_000,
    periodicMaintenance: false,
    topics: [
      {
        name: 'user-profiles',
        config: {
          'cleanup.policy': 'compact',
          'segment.bytes': 3,
          'delete.retention.ms': 10_000,
          'min.cleanable.dirty.ratio': 0.1,
        },
      },
    ],
    consumers: [
      { name: 'fast-cache', topic: 'user-profiles', 'auto.offset.reset': 'earliest' },
      { name: 'slow-cache', topic: 'user-profiles', 'auto.offset.reset': 'earliest' },
    ],
    actions: [
      ...changes(1_000, [
        ['user-1', 'Ada'],
        ['user-2', 'Grace'],
        ['user-1', null],
        ['user-3', 'Edsger'],
      ]),
      { type: 'consumer.fetch', at: 4_500, consumer: 'slow-cache', maxRecords: 1 },
      { type: 'cleaner.run', at: 5_000 },
      { type: 'consumer.fetch', at: 6_000, consumer: 'fast-cache' },
      ...changes(7_000, [
        ['user-3', 'E. W. Dijkstra'],
        ['user-2', 'Grace H.'],
        ['user-4', 'Barbara'],
      ]),
      { type: 'cleaner.run', at: 10_000 },
      { type: 'cleaner.run', at: 20_000 },
      ...changes(21_000, [
        ['user-4', 'Barbara L.'],
        ['user-5', 'Ken'],
        ['user-6', 'Radia'],
      ]),
      { type: 'cleaner.run', at: 25_000 },
      { type: 'consumer.fetch', at: 26_000, consumer: 'slow-cache' },
    ],
  },
  steps: [
    {
      at: 4_500,
      title: 'A null value deletes a key',
      text:
        'At 3 s the profile service wrote user-1 with a null value: a tombstone. In a compacted ' +
        'topic it means “user-1 is deleted”; in a delete topic it would be an ordinary record. ' +
        'slow-cache, a consumer building a cache of profiles, has read offset 0 (user-1 = Ada) and ' +
        'pauses. delete.retention.ms is 10 s here (Kafka’s default is 24 hours), and ' +
        'min.cleanable.dirty.ratio 0.1, so that a few new records are enough for a pass.',
      view: { partition: 'user-profiles-0', inspectOffset: TOMBSTONE_OFFSET },
      predict: {
        question: 'The cleaner runs at 5 s. What is left of user-1?',
        choices: [
          'Nothing: Ada and the tombstone are both removed',
          'Only the tombstone',
          'Ada and the tombstone',
        ],
        answer: (world) => {
          const left = recordsOf(world, 'user-profiles').filter((r) => r.key === 'user-1')
          if (left.length === 0) return 'Nothing: Ada and the tombstone are both removed'
          return left.length === 1 ? 'Only the tombstone' : 'Ada and the tombstone'
        },
        lookAt: 'Offset 0 (Ada) is gone; offset 2, the tombstone, now carries a delete horizon.',
      },
    },
    {
      at: 5_000,
      title: 'The tombstone stays for a while',
      text:
        'The pass removed Ada, the older record of the key, but kept the tombstone so that readers ' +
        'learn about the delete. It stamped it with a delete horizon: the pass’s time + ' +
        'delete.retention.ms = 15 s (KIP-534, Kafka 3.1 and later). A pass that starts at or after ' +
        'the horizon may drop it.',
      view: { partition: 'user-profiles-0', inspectOffset: TOMBSTONE_OFFSET },
      predict: {
        question:
          'fast-cache reads the topic from the start at 6 s. Does it learn user-1 was deleted?',
        choices: ['Yes: it reads the tombstone', 'No: Ada is gone, so it never hears of user-1'],
        answer: (world) =>
          tombstonePresent(world) && positionOf(world, 'fast-cache') > TOMBSTONE_OFFSET
            ? 'Yes: it reads the tombstone'
            : 'No: Ada is gone, so it never hears of user-1',
        lookAt: 'fast-cache’s position is past offset 2, and the tombstone is still in the log.',
      },
    },
    {
      at: 10_000,
      title: 'Passes before the horizon keep it',
      text:
        'At 10 s the cleaner compacted again (the older Grace and Edsger went) but 10 s is before ' +
        'the horizon, so the tombstone stayed. A pass keeps the horizon it was first given.',
      view: { partition: 'user-profiles-0', inspectOffset: TOMBSTONE_OFFSET },
      predict: {
        question:
          'At 20 s the horizon (15 s) has passed and the cleaner thread runs. Nothing was written ' +
          'since 9 s. Is the tombstone gone at 20 s?',
        choices: [
          'Yes: it expired at 15 s',
          'No: there is nothing dirty, so no pass runs to drop it',
        ],
        answer: (world) =>
          tombstonePresent(world)
            ? 'No: there is nothing dirty, so no pass runs to drop it'
            : 'Yes: it expired at 15 s',
        lookAt:
          'The tombstone at offset 2 is still there, and the narration says the cleaner idled.',
      },
    },
    {
      at: 20_000,
      title: 'An idle topic keeps expired tombstones',
      text:
        'Nothing starts a pass because a horizon passed: the cleaner picks a log only by its dirty ' +
        'ratio (or max.compaction.lag.ms). On a quiet topic an expired tombstone can stay for a ' +
        'long time. New writes at 21 to 23 s make the log dirty again.',
      view: { partition: 'user-profiles-0', inspectOffset: TOMBSTONE_OFFSET },
      predict: {
        question:
          'The cleaner runs at 25 s. slow-cache read Ada at 4.5 s and polls again at 26 s. What does ' +
          'its cache say about user-1 after that poll?',
        choices: [
          'Deleted: it reads the tombstone',
          'Still Ada: the tombstone is gone before it reads',
        ],
        answer: (world) =>
          !tombstonePresent(world) && positionOf(world, 'slow-cache') > TOMBSTONE_OFFSET
            ? 'Still Ada: the tombstone is gone before it reads'
            : 'Deleted: it reads the tombstone',
        lookAt: 'Offset 2 is gone from the log, and slow-cache’s position jumped past it.',
      },
    },
    {
      at: 26_000,
      title: 'A slow reader misses the delete',
      text:
        'The pass at 25 s dropped the tombstone. slow-cache read on from offset 1 and never saw ' +
        'offset 2: a cache built from it would keep Ada forever. The rule: a consumer must read the ' +
        'log to its end within delete.retention.ms to see every delete. Simplified: the ' +
        'simulator’s consumers count records but keep no cache, and Kafka before 3.1 used another ' +
        'horizon rule (the scenario’s tombstoneRule: legacy).',
      view: { partition: 'user-profiles-0' },
    },
  ],
}
