import type { WorldSnapshot } from '../sim'
import type { Lesson } from './lesson'
import { partitionOf, recordsOf } from './read'

/** Which of page-views' two partitions hold records with `key`. */
function partitionsWithKey(world: WorldSnapshot, key: string): number[] {
  return [0, 1].filter((p) => recordsOf(world, 'page-views', p).some((r) => r.key === key))
}

export const theLog: Lesson = {
  id: 'the-log',
  title: 'The log',
  summary: 'Producing to partitions: offsets, segments, the active segment, and rolling on append.',
  minutes: 10,
  scenario: {
    version: 1,
    name: 'The log',
    description:
      'One page view per second for 10 s, keyed by user, into a topic of two partitions with ' +
      'segments of three records; one more view at 30 s.',
    durationMs: 40_000,
    periodicMaintenance: false,
    topics: [
      { name: 'page-views', partitions: 2, config: { 'segment.bytes': 3, 'segment.ms': 10_000 } },
    ],
    producers: [
      {
        name: 'web',
        topic: 'page-views',
        recordsPerSecond: 1,
        stopMs: 10_000,
        keys: { count: 4, prefix: 'user-', pick: 'sequential' },
        values: { pattern: 'choice', options: ['/home', '/search', '/cart'] },
      },
    ],
    actions: [
      {
        type: 'produce',
        at: 30_000,
        topic: 'page-views',
        records: [{ key: 'user-1', value: '/checkout' }],
      },
    ],
  },
  steps: [
    {
      at: 0,
      title: 'A topic is a set of partitions',
      text:
        'The topic page-views has 2 partitions. The producer web sends one page view per second, ' +
        'keyed by user (user-0, user-1, user-2, user-3, user-0, …). With a key and no partition ' +
        'given, Kafka’s default partitioner hashes the key (murmur2) and takes it modulo the number ' +
        'of partitions. The first view, from user-0, is offset 0 of partition 1.',
      view: { partition: 'page-views-1', inspectOffset: 0 },
      predict: {
        question: 'user-1 views a page at 1 s and again at 5 s. Where do those two records go?',
        choices: ['Both to partition 0', 'Both to partition 1', 'One to each partition'],
        answer: (world) => {
          const where = partitionsWithKey(world, 'user-1')
          if (where.length !== 1) return 'One to each partition'
          return where[0] === 0 ? 'Both to partition 0' : 'Both to partition 1'
        },
        lookAt: 'Partition 0 holds user-1 at offsets 0 and 2; partition 1 has no user-1 at all.',
      },
    },
    {
      at: 5_000,
      title: 'Offsets count per partition',
      text:
        'The same key always hashes to the same partition, so the views of one user stay in order. ' +
        'Each partition numbers its own records from 0: partition 0 and partition 1 both have ' +
        'offsets 0, 1, 2. An offset is given at append time and never changes. There is no order ' +
        'between partitions.',
      view: { partition: 'page-views-0' },
      predict: {
        question:
          'segment.bytes is 3 (in this lesson every record counts as 1 unit) and the active segment ' +
          'of partition 0 already holds 3 records. What happens when the next record arrives at 6 s?',
        choices: [
          'It is appended to the same segment',
          'A new active segment starts at offset 3 and the record goes there',
        ],
        answer: (world) =>
          partitionOf(world, 'page-views', 0)?.segments.some(
            (s) => s.baseOffset === 3 && s.records.some((r) => r.offset === 3),
          )
            ? 'A new active segment starts at offset 3 and the record goes there'
            : 'It is appended to the same segment',
        lookAt:
          'Partition 0 now shows two segments: base offset 0 (closed) and base offset 3 (active).',
      },
    },
    {
      at: 6_000,
      title: 'Segments roll on append',
      text:
        'A partition’s log is a list of segment files, each named by its base offset. Appends go ' +
        'only to the last one, the active segment. Before writing a batch, Kafka checks whether it ' +
        'would overflow segment.bytes and, if so, rolls: it closes the active segment and opens a new ' +
        'one at the log end offset. Retention deletes whole segments, and the cleaner never touches ' +
        'the active one (next lessons). ' +
        '(Kafka’s default segment.bytes is 1 GiB; tiny segments let us see them.)',
      view: { partition: 'page-views-0' },
    },
    {
      at: 10_000,
      title: 'A quiet producer',
      text:
        'web stops sending at 10 s. The active segment of partition 0 starts with a record stamped ' +
        '6 s, and segment.ms is 10 s: a segment should roll once it spans more than 10 s of record ' +
        'time.',
      view: { partition: 'page-views-0' },
      predict: {
        question:
          'At 20 s the active segment’s first record is 14 s old, more than segment.ms. How many ' +
          'segments does partition 0 have at 20 s?',
        choices: ['2: nothing rolls without a new record', '3: a timer rolled the active segment'],
        answer: (world) =>
          partitionOf(world, 'page-views', 0)?.segments.length === 2
            ? '2: nothing rolls without a new record'
            : '3: a timer rolled the active segment',
        lookAt: 'Partition 0 still has the same two segments; the active one is unchanged.',
      },
    },
    {
      at: 20_000,
      title: 'No timer rolls a segment',
      text:
        'Kafka checks segment.ms only when a batch is appended (UnifiedLog.maybeRoll), and it ' +
        'compares record timestamps, not the broker’s clock. An idle partition keeps its active ' +
        'segment open as long as nothing arrives.',
      view: { partition: 'page-views-0' },
      predict: {
        question: 'At 30 s user-1 views /checkout. Which segment does that record go into?',
        choices: ['The active segment at base offset 3', 'A new segment at base offset 5'],
        answer: (world) => {
          const segment = partitionOf(world, 'page-views', 0)?.segments.find((s) =>
            s.records.some((r) => r.value === '/checkout'),
          )
          return segment?.baseOffset === 5
            ? 'A new segment at base offset 5'
            : 'The active segment at base offset 3'
        },
        lookAt: 'Partition 0 has a third segment, base offset 5, holding only the /checkout view.',
      },
    },
    {
      at: 30_000,
      title: 'Rolled by time, on append',
      text:
        'The /checkout record is stamped 30 s, more than segment.ms after the active segment’s first ' +
        'record (6 s), so Kafka rolled before writing it: it is offset 5, first of a new segment. ' +
        'Partition 1 got nothing and did not change. The simulator sends one record per batch and ' +
        'does not model index-full rolls or segment.jitter.ms here.',
      view: { partition: 'page-views-0', inspectOffset: 5 },
    },
  ],
}
