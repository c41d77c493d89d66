import type { WorldSnapshot } from '../sim'
import { pageCounter, pageViewsProducer } from './build'
import type { Lesson } from './lesson'
import { hasTopic, jobLag, latestValueOf, storeValue } from './read'

const LIVE = 'page-counter_1'
const REWOUND = 'page-counter_2'
const SHARED = 'page-counter_shared'

const LIVE_COUNT = 'The live count'
const OLDER_COUNT = 'An older, smaller count'

/** Whether a reader of page-counts sees page-0's live count, or an older one written over it. */
function whatReadersSee(world: WorldSnapshot): string {
  const seen = Number(latestValueOf(world, 'page-counts', 'page-0') ?? 0)
  return seen < Number(storeValue(world, LIVE, 'page-0') ?? 0) ? OLDER_COUNT : LIVE_COUNT
}

export const parallelRewind: Lesson = {
  id: 'parallel-rewind',
  title: 'Parallel rewind',
  summary:
    'A second job with a new id, changelog and output catches up beside the live one; A/B, then ' +
    'decommission. Writing into the live output instead: stale overwrites, and a guard.',
  minutes: 18,
  scenario: {
    version: 1,
    name: 'Parallel rewind',
    description:
      'page-counter_1 runs live. page-counter_2 rewinds beside it into its own output; ' +
      'page-counter_shared rewinds into the live output, first without and then with a guard. ' +
      'page-counter_1 is decommissioned at 50 s.',
    durationMs: 60_000,
    topics: [{ name: 'page-views' }],
    producers: [pageViewsProducer({ recordsPerSecond: 1, pages: 3 })],
    jobs: [
      pageCounter({
        changelog: 'page-counter-changelog',
        output: 'page-counts',
        'task.commit.ms': 5_000,
      }),
      pageCounter({
        'job.id': '2',
        startMs: 10_000,
        changelog: 'page-counter-changelog-v2',
        output: 'page-counts-v2',
        'samza.offset.default': 'oldest',
        'task.commit.ms': 5_000,
        processingRate: 3,
      }),
      pageCounter({
        'job.id': 'shared',
        startMs: 25_000,
        changelog: 'page-counter-shared-changelog',
        output: 'page-counts',
        'samza.offset.default': 'oldest',
        'task.commit.ms': 5_000,
        processingRate: 5,
      }),
    ],
    actions: [
      { type: 'job.decommission', at: 35_000, job: SHARED },
      {
        type: 'job.start',
        at: 36_000,
        job: SHARED,
        set: { outputGuard: 'newer-source-timestamp' },
      },
      { type: 'job.decommission', at: 50_000, job: LIVE },
    ],
  },
  steps: [
    {
      at: 9_000,
      title: 'A live job',
      text:
        'page-counter_1 is the live job: it counts views per page into page-counts within ' +
        'milliseconds of each view. It runs with Samza’s default samza.offset.default=upcoming, so ' +
        'it skipped the very first view, sent just before it started. We want to run new code over ' +
        'all the history without stopping it: a parallel rewind.',
      view: { partition: 'page-counts-0', panel: 'log' },
      predict: {
        question:
          'At 10 s page-counter_2 starts beside it: a new job.id (so no checkpoint), ' +
          'samza.offset.default=oldest, its own changelog and its own output page-counts-v2. It ' +
          'processes 3 views a second while 1 arrives per second. Will its lag come down to the ' +
          'live job’s?',
        choices: ['Yes, within seconds', 'No: new views keep it behind'],
        answer: (world) =>
          jobLag(world, REWOUND) <= jobLag(world, LIVE)
            ? 'Yes, within seconds'
            : 'No: new views keep it behind',
        lookAt:
          'The Jobs panel shows page-counter_2’s lag at 0, like page-counter_1’s; the narration says it caught up at 14.7 s.',
      },
    },
    {
      at: 20_000,
      title: 'Caught up: two live outputs',
      text:
        'page-counter_2 caught up at 14.7 s (job.caughtUp). Since then both jobs are live, each ' +
        'writing its own output, and the live job was never disturbed: its output stayed fresh ' +
        'all along. Readers can now be split, group A on page-counts and group B on ' +
        'page-counts-v2: an A/B test of the new code.',
      view: { partition: 'page-counts-v2-0', panel: 'jobs' },
      predict: {
        question: 'Compare the latest count for page-0 in page-counts and in page-counts-v2.',
        choices: ['The same', 'page-counts-v2 is 1 higher', 'page-counts is 1 higher'],
        answer: (world) => {
          const difference =
            Number(latestValueOf(world, 'page-counts-v2', 'page-0')) -
            Number(latestValueOf(world, 'page-counts', 'page-0'))
          if (difference === 0) return 'The same'
          return difference === 1 ? 'page-counts-v2 is 1 higher' : 'page-counts is 1 higher'
        },
        lookAt: 'page-counts-v2 ends with page-0 = 9, page-counts with page-0 = 8.',
      },
    },
    {
      at: 24_000,
      title: 'A/B: the outputs differ',
      text:
        'page-counter_2 read from the log start and counted the first view, which the live job ' +
        'never saw. With real new code, this is where you compare results before moving every ' +
        'reader to page-counts-v2. Now a tempting shortcut: let the rewound job write into the ' +
        'live output, page-counts, so readers need not move.',
      view: { partition: 'page-counts-0', panel: 'outputs' },
      predict: {
        question:
          'At 25 s page-counter_shared starts like page-counter_2 (oldest, its own changelog) but ' +
          'writes to page-counts. At 28 s, what does a reader of page-counts see for page-0?',
        choices: [LIVE_COUNT, OLDER_COUNT],
        answer: whatReadersSee,
        lookAt: 'page-counts’ newest page-0 record is 6, while page-counter_1’s store says 9.',
      },
    },
    {
      at: 28_000,
      title: 'Older results overwrite newer ones',
      text:
        'page-counter_shared is still working through old views and sends the count it has at ' +
        'each one. Both jobs write the same keys and the last write wins, so readers of ' +
        'page-counts see counts jump back until it catches up (31.2 s). At 35 s it is ' +
        'decommissioned (checkpoint and changelog deleted) and at 36 s it starts again from ' +
        'scratch, this time with outputGuard=newer-source-timestamp.',
      view: { partition: 'page-counts-0', panel: 'log' },
      predict: {
        question:
          'With the guard, at 40 s while it catches up again, what does a reader of page-counts ' +
          'see for page-0?',
        choices: [LIVE_COUNT, OLDER_COUNT],
        answer: whatReadersSee,
        lookAt:
          'page-counts’ newest page-0 record is page-counter_1’s 13; page-counter_shared skipped 21 writes.',
      },
    },
    {
      at: 40_000,
      title: 'A guard against stale writes',
      text:
        'The guard is a conditional write: a result is written only if its source record is not ' +
        'older than the newest source record already written for that key. While ' +
        'page-counter_shared replays old views, every write is dropped (staleWritesSkipped); at ' +
        'the live edge its writes go through. Kafka has no conditional write: this stands for an ' +
        'output store with a version column, and the simulator keeps the table beside the log.',
      view: { partition: 'page-counts-0', panel: 'log' },
      predict: {
        question:
          'At 50 s, readers having moved to page-counts-v2, page-counter_1 is decommissioned. ' +
          'Which of its topics are left?',
        choices: [
          'None',
          'Only its output, page-counts',
          'All three: checkpoint topic, changelog and output',
        ],
        answer: (world) => {
          if (hasTopic(world, 'page-counter-changelog'))
            return 'All three: checkpoint topic, changelog and output'
          return hasTopic(world, 'page-counts') ? 'Only its output, page-counts' : 'None'
        },
        lookAt:
          'The partition picker no longer lists page-counter-changelog or its checkpoint topic.',
      },
    },
    {
      at: 51_000,
      title: 'Decommission the old job',
      text:
        'Decommissioning stops page-counter_1 and deletes its checkpoint topic ' +
        '(__samza_checkpoint_ver_1_for_page-counter_1) and its changelog (page-counter-changelog) ' +
        'with kafka-topics --delete, as Samza’s reprocessing guide says. Its output stays until no ' +
        'reader needs it. (page-counter_shared still writes page-counts here, and at the live edge ' +
        'the two writers disagree on page-0 by the view the live job skipped, so readers saw it ' +
        'flicker between 15 and 16 at 45 s: in practice you pick one of the two plans.)',
      view: { partition: 'page-counts-v2-0', panel: 'log' },
    },
  ],
}
