import type { WorldSnapshot } from '../sim'
import { pageCounter, pageViewsProducer } from './build'
import type { Lesson } from './lesson'
import { jobOf } from './read'

const COMPACTED = 'page-counter_compacted'
const FULL = 'page-counter_full'

/** Identical page counters but for their changelog's cleanup.policy. */
const counter = (id: string, changelog: string, policy: 'compact' | 'delete') =>
  pageCounter({
    'job.id': id,
    changelog,
    changelogConfig: { 'cleanup.policy': policy, 'segment.bytes': 3, 'min.compaction.lag.ms': 0 },
    'samza.offset.default': 'oldest',
    'task.commit.ms': 2_000,
    restoreRate: 4,
  })

export const compactionIsPhysical: Lesson = {
  id: 'compaction-is-physical',
  title: 'Compaction is a physical optimization',
  summary:
    'Restoring a store from a compacted changelog gives the same state as replaying every change, ' +
    'only faster: two counters side by side.',
  minutes: 10,
  scenario: {
    version: 1,
    name: 'Compaction is a physical optimization',
    description:
      'Two identical page counters; one changelog is compacted, the other keeps every change. Both ' +
      'are stopped at 25 s and restored at 27 s.',
    durationMs: 40_000,
    broker: { 'log.cleaner.backoff.ms': 2_000 },
    topics: [{ name: 'page-views' }],
    producers: [pageViewsProducer({ recordsPerSecond: 1, pages: 3, stopMs: 20_000 })],
    jobs: [
      counter('compacted', 'page-counter-changelog', 'compact'),
      counter('full', 'page-counter-full-changelog', 'delete'),
    ],
    actions: [
      { type: 'job.stop', at: 25_000, job: COMPACTED },
      { type: 'job.stop', at: 25_000, job: FULL },
      { type: 'job.start', at: 27_000, job: COMPACTED },
      { type: 'job.start', at: 27_000, job: FULL },
    ],
  },
  steps: [
    {
      at: 4_000,
      title: 'Two counters, two changelogs',
      text:
        'page-counter_compacted and page-counter_full are the same Samza job twice (job.name ' +
        'page-counter, two job.id values): each counts views per page in a local store, counts. At ' +
        'every commit (task.commit.ms = 2 s) the keys changed since the last one are written to the ' +
        'store’s changelog. Samza creates changelogs with cleanup.policy=compact; for this ' +
        'comparison the second one is set to delete (stores.counts.changelog.kafka.cleanup.policy), ' +
        'so it keeps every change.',
      view: { partition: 'page-counter-changelog-0', panel: 'log' },
    },
    {
      at: 24_000,
      title: 'Same changes, fewer records',
      text:
        'Both changelogs got the same 20 changes. The cleaner has compacted page-counter-changelog ' +
        'down to the latest count per page plus the newest, not yet cleaned segments; ' +
        'page-counter-full-changelog still holds all 20.',
      view: { partition: 'page-counter-full-changelog-0', panel: 'log' },
      predict: {
        question:
          'Both jobs stop at 25 s and start again at 27 s. A starting container first restores its ' +
          'store by reading its whole changelog. At 30 s, which job is processing again?',
        choices: ['Both', 'Only page-counter_compacted', 'Only page-counter_full', 'Neither'],
        answer: (world) => {
          const compacted = isProcessing(world, COMPACTED)
          const full = isProcessing(world, FULL)
          if (compacted && full) return 'Both'
          if (compacted) return 'Only page-counter_compacted'
          return full ? 'Only page-counter_full' : 'Neither'
        },
        lookAt:
          'In the Jobs panel page-counter_compacted is running; page-counter_full is restoring.',
      },
    },
    {
      at: 30_000,
      title: 'A shorter restore',
      text:
        'page-counter_compacted read 5 changelog records and was done at 28.25 s; page-counter_full ' +
        'has 20 to read and finishes at 32 s. No task processes before its store is restored, so a ' +
        'long changelog means a long outage after every restart. The restore speed here is a ' +
        'simulator knob (restoreRate, 4 records per second); real restores run at disk and network ' +
        'speed.',
      view: { partition: 'page-counter-changelog-0', panel: 'jobs' },
      predict: {
        question:
          'When page-counter_full’s restore ends, how does its store compare with ' +
          'page-counter_compacted’s?',
        choices: ['The same count for every page', 'Different counts'],
        answer: (world) =>
          JSON.stringify(storeOf(world, COMPACTED)) === JSON.stringify(storeOf(world, FULL))
            ? 'The same count for every page'
            : 'Different counts',
        lookAt: 'The State store view shows page-0 = 7, page-1 = 7, page-2 = 6 for both jobs.',
      },
    },
    {
      at: 35_000,
      title: 'The same state',
      text:
        'A restore keeps the latest value per key. Compaction removes only values that a later ' +
        'value of the same key replaces, so replaying the compacted log and replaying every change ' +
        'end in the same store. Compaction is a physical optimization of the log, not a change of ' +
        'its meaning: it saves space and restore time. Simplified: the simulator reads the whole ' +
        'changelog at every start (no host affinity, no local copy kept).',
      view: { partition: 'page-counter-changelog-0', panel: 'store' },
    },
  ],
}

function isProcessing(world: WorldSnapshot, app: string): boolean {
  return jobOf(world, app)?.containers.every((c) => c.status === 'running') ?? false
}

function storeOf(world: WorldSnapshot, app: string): (readonly [string, string])[] {
  return jobOf(world, app)?.tasks.flatMap((t) => t.store) ?? []
}
