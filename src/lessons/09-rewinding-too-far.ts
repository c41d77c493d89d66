import type { WorldSnapshot } from '../sim'
import type { ScenarioAction } from './build'
import { pageViewsProducer, producedEverySecond } from './build'
import type { Lesson } from './lesson'
import { jobOf, partitionOf, storeValue } from './read'

const OLDEST = 'view-counter_oldest'
const UPCOMING = 'view-counter_upcoming'
const CACHE = 'profile-cache_1'

/** Stop at 20 s, CheckpointTool writes −1 (resume at offset 0), start at `restartMs` with empty state. */
function rewindToStart(job: string, topic: string, restartMs: number): ScenarioAction[] {
  return [
    { type: 'job.stop', at: 20_000, job },
    {
      type: 'checkpoint.write',
      at: 20_000,
      job,
      offsets: [{ topic, partition: 0, offset: -1 }],
    },
    { type: 'job.start', at: restartMs, job, set: { changelog: `${job}-changelog-v2` } },
  ]
}

const viewCounter = (offsetDefault: 'oldest' | 'upcoming') => ({
  'job.name': 'view-counter',
  'job.id': offsetDefault,
  processor: { type: 'count' as const },
  inputs: ['page-views'],
  changelog: `view-counter_${offsetDefault}-changelog`,
  'samza.offset.default': offsetDefault,
  'task.commit.ms': 5_000,
})

/** Views a job has counted, summed over its store. */
function countedViews(world: WorldSnapshot, app: string): number {
  return (jobOf(world, app)?.tasks ?? [])
    .flatMap((t) => t.store)
    .reduce((sum, [, count]) => sum + Number(count), 0)
}

export const rewindingTooFar: Lesson = {
  id: 'rewinding-too-far',
  title: 'Rewinding too far',
  summary:
    'A rewind point older than retention silently loses data, or with latest skips to the end; a ' +
    'compacted input can be replayed from the beginning of time.',
  minutes: 12,
  scenario: {
    version: 1,
    name: 'Rewinding too far',
    description:
      'Three jobs are rewound to offset 0 at 20 s: two view counters on page-views (10 s of ' +
      'retention), one with oldest and one with upcoming, and a profile cache on the compacted ' +
      'user-profiles.',
    durationMs: 35_000,
    broker: {
      'log.retention.check.interval.ms': 2_000,
      'log.initial.task.delay.ms': 2_000,
      'log.cleaner.backoff.ms': 2_000,
    },
    topics: [
      { name: 'page-views', config: { 'retention.ms': 10_000, 'segment.bytes': 5 } },
      { name: 'user-profiles', config: { 'cleanup.policy': 'compact', 'segment.bytes': 2 } },
    ],
    producers: [pageViewsProducer({ recordsPerSecond: 1, pages: 3 })],
    jobs: [
      viewCounter('oldest'),
      viewCounter('upcoming'),
      {
        'job.name': 'profile-cache',
        processor: { type: 'latest' },
        inputs: ['user-profiles'],
        changelog: 'profile-cache_1-changelog',
        'samza.offset.default': 'oldest',
        'task.commit.ms': 5_000,
      },
    ],
    actions: [
      ...producedEverySecond('user-profiles', 1_000, [
        ['user-1', 'Ada'],
        ['user-2', 'Grace'],
        ['user-3', 'Edsger'],
        ['user-2', 'Grace H.'],
        ['user-3', 'E. W. Dijkstra'],
        ['user-4', 'Barbara'],
        ['user-2', 'Grace Hopper'],
      ]),
      ...rewindToStart(OLDEST, 'page-views', 21_000),
      ...rewindToStart(UPCOMING, 'page-views', 24_000),
      ...rewindToStart(CACHE, 'user-profiles', 27_000),
    ],
  },
  steps: [
    {
      at: 15_000,
      title: 'Two kinds of input',
      text:
        'page-views is an activity stream: retention.ms is 10 s, so its first segment expires at ' +
        '16 s. user-profiles is compacted: no time limit, the latest profile of every user ' +
        'stays. view-counter_oldest and view-counter_upcoming count views (they differ only in ' +
        'samza.offset.default); profile-cache keeps the latest profile per user. At 20 s all three ' +
        'are stopped and CheckpointTool writes −1 (“start at offset 0”); each restarts with a new ' +
        'changelog, so with empty state.',
      view: { partition: 'page-views-0', panel: 'log' },
      predict: {
        question:
          'view-counter_oldest restarts at 21 s and asks for offset 0, which retention deleted. ' +
          'What happens?',
        choices: [
          'The job fails to start',
          'It starts at the log start offset; the views before it are never counted',
          'It gets offset 0 back from somewhere',
        ],
        answer: (world) => {
          if (jobOf(world, OLDEST)?.status !== 'running') return 'The job fails to start'
          return countedViews(world, OLDEST) === retainedViews(world)
            ? 'It starts at the log start offset; the views before it are never counted'
            : 'It gets offset 0 back from somewhere'
        },
        lookAt:
          'The narration: offset 0 is out of range and auto.offset.reset=earliest moved it to 10.',
      },
    },
    {
      at: 22_000,
      title: 'Silently lost',
      text:
        'Offset 0 is below the log start offset (10), so the read got OFFSET_OUT_OF_RANGE and ' +
        'auto.offset.reset decided. Unless set, Samza derives it from samza.offset.default: oldest ' +
        'gives earliest, the log start. The job runs on with 13 views counted instead of 23; only a ' +
        'line in the log says that 10 offsets were skipped. Retention bounds how far back a rewind ' +
        'can go.',
      view: { partition: 'page-views-0', panel: 'log' },
      predict: {
        question:
          'view-counter_upcoming (samza.offset.default=upcoming, so auto.offset.reset=latest) ' +
          'restarts at 24 s the same way. What has it counted at 25 s?',
        choices: [
          'The retained views, like view-counter_oldest',
          'Only views after its restart: it skipped to the log end',
        ],
        answer: (world) =>
          countedViews(world, UPCOMING) < retainedViews(world)
            ? 'Only views after its restart: it skipped to the log end'
            : 'The retained views, like view-counter_oldest',
        lookAt:
          'Its store holds a single view (page-1 = 1); the narration says 25 offsets skipped.',
      },
    },
    {
      at: 25_000,
      title: 'With latest, everything is skipped',
      text:
        'latest moved view-counter_upcoming to the log end offset: not one old view was counted, ' +
        'even those still retained. Check auto.offset.reset before any rewind. Now the compacted ' +
        'input: profile-cache restarts at 27 s from offset 0 of user-profiles.',
      view: { partition: 'user-profiles-0', panel: 'store' },
      predict: {
        question:
          'user-1 was written once, at 1 s, long before anything page-views still holds. Will the ' +
          'rebuilt cache have user-1?',
        choices: [
          'Yes: the compacted topic keeps every key’s latest value',
          'No: it is older than the retention window',
        ],
        answer: (world) =>
          storeValue(world, CACHE, 'user-1') === undefined
            ? 'No: it is older than the retention window'
            : 'Yes: the compacted topic keeps every key’s latest value',
        lookAt: 'profile-cache’s store has user-1 = Ada and the latest value of the other users.',
      },
    },
    {
      at: 28_000,
      title: 'Back to the beginning of time',
      text:
        'A compacted topic keeps the latest value of every key, and compaction never moves the log ' +
        'start offset, so offset 0 is still readable and a rewind to it rebuilds the whole table. ' +
        'Activity streams are different: what retention deleted lives on only in an archive such ' +
        'as HDFS, outside Kafka, and a Samza job on Kafka cannot rewind into it. (The simulator ' +
        'has no archive.)',
      view: { partition: 'user-profiles-0', panel: 'store' },
    },
  ],
}

/** Views still in page-views: what a job that starts at the log start counts. */
function retainedViews(world: WorldSnapshot): number {
  const log = partitionOf(world, 'page-views')
  return log ? log.logEndOffset - log.logStartOffset : 0
}
