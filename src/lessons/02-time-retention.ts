import type { WorldSnapshot } from '../sim'
import type { Lesson } from './lesson'
import { partitionOf } from './read'

const FROM_START = 'From the log start offset: the views in between are lost to it'
const FROM_POSITION = 'From where it stopped: Kafka keeps what a consumer has not read'
const FAILS = 'Nothing: the poll fails with an error'

/** How a consumer that read contiguously from offset 0 came out of its last poll. */
function howItResumed(world: WorldSnapshot, consumer: string): string {
  const state = world.consumers.find((c) => c.name === consumer)
  if (!state || state.lastError !== null) return FAILS
  // Reading with no gap from offset 0, the position equals the number of records received.
  return state.position === state.received ? FROM_POSITION : FROM_START
}

export const timeRetention: Lesson = {
  id: 'time-retention',
  title: 'Time-based retention',
  summary:
    'Whole old segments are deleted by their newest timestamp; the log start offset jumps; a ' +
    'consumer behind it gets OFFSET_OUT_OF_RANGE.',
  minutes: 12,
  scenario: {
    version: 1,
    name: 'Time-based retention',
    description:
      'One page view every 2 s into a topic that keeps 20 s (retention.ms) in segments of 10 s ' +
      '(segment.ms). Two consumers read the first views, pause, and come back too late.',
    durationMs: 60_000,
    broker: { 'log.retention.check.interval.ms': 5_000, 'log.initial.task.delay.ms': 5_000 },
    topics: [
      {
        name: 'page-views',
        config: { 'cleanup.policy': 'delete', 'segment.ms': 10_000, 'retention.ms': 20_000 },
      },
    ],
    producers: [
      {
        name: 'web',
        topic: 'page-views',
        recordsPerSecond: 0.5,
        keys: { count: 3, prefix: 'user-', pick: 'sequential' },
        values: { pattern: 'choice', options: ['/home', '/search', '/cart'] },
      },
    ],
    consumers: [
      {
        name: 'audit',
        topic: 'page-views',
        'auto.offset.reset': 'earliest',
        'max.poll.records': 5,
      },
      {
        name: 'dashboard',
        topic: 'page-views',
        'auto.offset.reset': 'latest',
        'max.poll.records': 5,
      },
    ],
    actions: [
      { type: 'consumer.seek', at: 0, consumer: 'audit', offset: 0 },
      { type: 'consumer.seek', at: 0, consumer: 'dashboard', offset: 0 },
      { type: 'consumer.fetch', at: 5_000, consumer: 'audit' },
      { type: 'consumer.fetch', at: 5_000, consumer: 'dashboard' },
      { type: 'consumer.fetch', at: 45_000, consumer: 'audit' },
      { type: 'consumer.fetch', at: 50_000, consumer: 'dashboard' },
    ],
  },
  steps: [
    {
      at: 5_000,
      title: 'Two readers pause',
      text:
        'web sends a page view every 2 s. The consumers audit and dashboard have each read offsets ' +
        '0 to 2, and now pause (think of a nightly batch reader). page-views has ' +
        'cleanup.policy=delete and retention.ms=20000: records are kept about 20 s. The broker’s ' +
        'retention task checks every log.retention.check.interval.ms, here 5 s (Kafka’s default is ' +
        '5 minutes, and retention.ms 7 days).',
      view: { partition: 'page-views-0' },
    },
    {
      at: 25_000,
      title: 'Older than retention.ms',
      text:
        'The view at offset 0 was stamped 0 s: it is now 25 s old, older than retention.ms. The ' +
        'retention task ran at 25 s.',
      view: { partition: 'page-views-0', inspectOffset: 0 },
      predict: {
        question: 'Can a consumer still read offset 0 at 30 s?',
        choices: [
          'Yes: its segment is kept while the segment’s newest record is young enough',
          'No: each record is deleted once it is older than retention.ms',
        ],
        answer: (world) =>
          partitionOf(world, 'page-views')?.logStartOffset === 0
            ? 'Yes: its segment is kept while the segment’s newest record is young enough'
            : 'No: each record is deleted once it is older than retention.ms',
        lookAt: 'The log start offset is still 0; the first segment (offsets 0–5) is intact.',
      },
    },
    {
      at: 30_000,
      title: 'Whole segments, by their newest record',
      text:
        'Retention never deletes single records. It deletes whole segments, oldest first, when now ' +
        'minus the segment’s largest timestamp is more than retention.ms (strictly). The first ' +
        'segment’s newest record is stamped 10 s, so it expires after 30 s. One young record keeps ' +
        'its whole segment, and every later one, alive.',
      view: { partition: 'page-views-0' },
      predict: {
        question: 'What will the log start offset be at 35 s, after the next check?',
        choices: [
          '0: nothing is deleted yet',
          '1: only offset 0 is gone',
          '6: the whole first segment is gone',
        ],
        answer: (world) => {
          const start = partitionOf(world, 'page-views')?.logStartOffset
          return start === 6
            ? '6: the whole first segment is gone'
            : start === 1
              ? '1: only offset 0 is gone'
              : '0: nothing is deleted yet'
        },
        lookAt: 'The first segment is gone and the log start offset marker sits at 6.',
      },
    },
    {
      at: 35_000,
      title: 'The log start offset jumps',
      text:
        'The log start offset is the lowest offset a consumer may fetch. Retention moves it to the ' +
        'base offset of the first remaining segment; it only ever grows. Offsets are not renumbered: ' +
        'the log now starts at 6. audit and dashboard are still at offset 3, which no longer exists.',
      view: { partition: 'page-views-0' },
      predict: {
        question:
          'At 45 s audit (auto.offset.reset=earliest) polls again from offset 3. What does it get?',
        choices: [FROM_POSITION, FROM_START, FAILS],
        answer: (world) => howItResumed(world, 'audit'),
        lookAt: 'In the narration: OFFSET_OUT_OF_RANGE, and audit moved to the log start offset.',
      },
    },
    {
      at: 45_000,
      title: 'OFFSET_OUT_OF_RANGE',
      text:
        'By 45 s a second segment expired (log start offset 12). audit asked for offset 3, below the ' +
        'log start: the broker answered OFFSET_OUT_OF_RANGE, and the consumer applied ' +
        'auto.offset.reset. With earliest it jumped to the log start offset and read 12 to 16: ' +
        'offsets 3 to 11 were never delivered to it. With none, the application would get an error ' +
        'and decide itself.',
      view: { partition: 'page-views-0' },
      predict: {
        question:
          'dashboard has auto.offset.reset=latest (Kafka’s default) and polls at 50 s from offset 3. ' +
          'Where does it resume?',
        choices: ['At the log start offset', 'At the log end offset: only new views from now on'],
        answer: (world) => {
          const dashboard = world.consumers.find((c) => c.name === 'dashboard')
          return dashboard?.position === partitionOf(world, 'page-views')?.logEndOffset
            ? 'At the log end offset: only new views from now on'
            : 'At the log start offset'
        },
        lookAt: 'dashboard’s position is the log end offset; it received nothing in that poll.',
      },
    },
    {
      at: 50_000,
      title: 'What retention loses, and where it lives on',
      text:
        'With latest, dashboard skipped everything still retained and waits for new views. Activity ' +
        'events older than retention are not in Kafka at all. Real deployments copy them to an ' +
        'archive such as HDFS, which a Kafka consumer (or a Samza job reading Kafka) cannot rewind ' +
        'into. The simulator has no archive. Also simplified: a consumer here has no group and no ' +
        'committed offset.',
      view: { partition: 'page-views-0' },
    },
  ],
}
