import { pageCounter, pageViewsProducer } from './build'
import type { Lesson } from './lesson'
import { jobOf, storeValue } from './read'

const OLD = 'page-counter_1'
const NEW = 'page-counter_2'

const counter = {
  output: 'page-counts',
  'samza.offset.default': 'oldest' as const,
  'task.commit.ms': 5_000,
  processingRate: 2,
}

export const simpleRewind: Lesson = {
  id: 'simple-rewind',
  title: 'Simple rewind',
  summary:
    'Stop, rewrite the checkpoint (N − 1 to start at N) or start a new job.id with oldest; forget ' +
    'to reset state and every count doubles.',
  minutes: 12,
  scenario: {
    version: 1,
    name: 'Simple rewind',
    description:
      'A page counter is rewound to offset 0 twice: first on its old changelog (double counting), ' +
      'then as a new job.id with samza.offset.default=oldest and a new changelog.',
    durationMs: 40_000,
    topics: [{ name: 'page-views' }],
    producers: [pageViewsProducer({ recordsPerSecond: 1, pages: 3, stopMs: 12_000 })],
    jobs: [
      pageCounter({ ...counter, changelog: 'page-counter-changelog' }),
      pageCounter({
        ...counter,
        'job.id': '2',
        startMs: null,
        changelog: 'page-counter-changelog-v2',
      }),
    ],
    actions: [
      { type: 'job.stop', at: 15_000, job: OLD },
      {
        type: 'checkpoint.write',
        at: 15_000,
        job: OLD,
        offsets: [{ topic: 'page-views', partition: 0, offset: -1 }],
      },
      { type: 'job.start', at: 16_000, job: OLD },
      { type: 'job.stop', at: 25_000, job: OLD },
      { type: 'job.start', at: 26_000, job: NEW },
    ],
  },
  steps: [
    {
      at: 12_000,
      title: 'A job to reprocess',
      text:
        'page-counter_1 has counted 12 page views, 4 per page, committing every 5 s. Say we fixed a ' +
        'bug in its code and want to run the fixed code over all the input again. A simple rewind: ' +
        'stop the job, move its checkpoint back, start it. (The simulator’s counter has no bug; ' +
        'watch what the rewind does to the counts.)',
      view: { partition: 'page-views-0', panel: 'log' },
      predict: {
        question:
          'At 15 s the job is stopped (its commit due at 15 s runs first) and CheckpointTool ' +
          '(--new-offsets) writes −1 for page-views-0. Where does it resume when started at 16 s?',
        choices: ['At offset 0', 'At offset 12, where it stopped', 'Nowhere: −1 is out of range'],
        answer: (world) => {
          const position = jobOf(world, OLD)?.tasks[0]?.inputs[0]?.position
          if (position === 0) return 'At offset 0'
          return position === 12 ? 'At offset 12, where it stopped' : 'Nowhere: −1 is out of range'
        },
        lookAt: 'The Jobs panel shows page-views-0 at position 0 with checkpoint −1.',
      },
    },
    {
      at: 16_000,
      title: 'Rewound, on the same changelog',
      text:
        'A checkpoint holds the last processed offset, and a start resumes one past it: to start ' +
        'at offset N, write N − 1. Checkpoints are read only at start, so the job must be stopped ' +
        'while they are rewritten. Before processing, the container restores its store from ' +
        'page-counter-changelog, as at every start: page-0 = 4, page-1 = 4, page-2 = 4. The job ' +
        'processes 2 records a second here (a simulator knob), so the replay takes about 6 s.',
      view: { partition: 'page-counter-changelog-0', panel: 'jobs' },
      predict: {
        question: 'Once the 12 views have been processed again, what is page-0’s count?',
        choices: ['4', '8', '0'],
        answer: (world) => storeValue(world, OLD, 'page-0') ?? '0',
        lookAt: 'The State store view shows 8 for every page, and page-counts got counts 5 to 8.',
      },
    },
    {
      at: 23_000,
      title: 'Double counting',
      text:
        'Rewinding the offsets does not reset the state: the old counts were restored and every ' +
        'view was counted again on top. To reset, give the store a new changelog ' +
        '(stores.counts.changelog=kafka.page-counter-changelog-v2) or delete the old one ' +
        '(kafka-topics --delete; with host affinity, also the local store directory). Readers of ' +
        'page-counts have seen the wrong counts by now.',
      view: { partition: 'page-counts-0', panel: 'store' },
      predict: {
        question:
          'At 25 s page-counter_1 is stopped. At 26 s page-counter_2 starts: a new job.id, so no ' +
          'checkpoint; samza.offset.default=oldest; a new changelog. What does it end with?',
        choices: [
          'It reads from offset 0: page-0 = 4',
          'It reads from the log end: page-0 = 0',
          'It reads from offset 0: page-0 = 12',
        ],
        answer: (world) => {
          const count = storeValue(world, NEW, 'page-0')
          if (count === '4') return 'It reads from offset 0: page-0 = 4'
          return count === undefined
            ? 'It reads from the log end: page-0 = 0'
            : 'It reads from offset 0: page-0 = 12'
        },
        lookAt: 'page-counter_2’s store shows 4 for every page; page-counts ends with 4s again.',
      },
    },
    {
      at: 33_000,
      title: 'A new identity, with a state reset',
      text:
        'The other way to rewind: a new job.id has its own checkpoint topic ' +
        '(__samza_checkpoint_ver_1_for_page-counter_2), empty, so every input starts at ' +
        'samza.offset.default. Only oldest replays history; Samza’s default, upcoming, would have ' +
        'started at the log end. And a new job.id alone does not reset a low-level store: with the ' +
        'old changelog it would have restored the doubled counts. Either way the output lagged ' +
        'while the job caught up; parallel rewind (next lesson) avoids that.',
      view: { partition: 'page-counter-changelog-v2-0', panel: 'store' },
    },
  ],
}
