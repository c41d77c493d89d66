import type { WorldSnapshot } from '../sim'
import { pageCounter, pageViewsProducer } from './build'
import type { Lesson } from './lesson'
import { jobOf, recordsOf, storeValue } from './read'

const JOB = 'page-counter_1'

/** Task `Partition 1`'s reading of page-views-1. */
function partition1Input(world: WorldSnapshot) {
  return jobOf(world, JOB)?.tasks.find((t) => t.name === 'Partition 1')?.inputs[0]
}

/** Whether task Partition 1's next offset is one past its checkpointed (last processed) offset. */
function nextIsAfterCheckpoint(world: WorldSnapshot): boolean {
  const checkpointed = partition1Input(world)?.checkpointed ?? null
  return checkpointed !== null && partition1Input(world)?.position === checkpointed + 1
}

export const streamJob: Lesson = {
  id: 'stream-job',
  title: 'A stream job',
  summary:
    'Tasks per input partition, a local store with a compacted changelog, checkpoints every ' +
    'task.commit.ms, outputs; a crash replays since the last checkpoint and duplicates outputs.',
  minutes: 12,
  scenario: {
    version: 1,
    name: 'A stream job',
    description:
      'page-counter counts page views per page in two tasks, committing every 10 s; container 1 ' +
      'crashes at 15 s and is restarted at 20 s.',
    durationMs: 30_000,
    topics: [{ name: 'page-views', partitions: 2 }],
    producers: [pageViewsProducer({ recordsPerSecond: 1, pages: 4, stopMs: 20_000 })],
    jobs: [
      pageCounter({
        changelog: 'page-counter-changelog',
        output: 'page-counts',
        'samza.offset.default': 'oldest',
        'task.commit.ms': 10_000,
        'job.container.count': 2,
      }),
    ],
    actions: [{ type: 'job.crash', at: 15_000, job: JOB, container: 1 }],
  },
  steps: [
    {
      at: 1_000,
      title: 'A job, its tasks and its topics',
      text:
        'page-counter (job.name page-counter, job.id 1) reads page-views, which has 2 partitions, ' +
        'so Samza makes 2 tasks: Partition 0 reads page-views-0, Partition 1 reads page-views-1. ' +
        'Each task counts views per page in its own part of the store counts, backed by its own ' +
        'partition of the compacted changelog page-counter-changelog. Every new count is sent to ' +
        'page-counts. At start Samza created the changelog and the checkpoint topic ' +
        '__samza_checkpoint_ver_1_for_page-counter_1; the broker auto-created page-counts.',
      view: { partition: 'page-views-1', panel: 'log' },
      predict: {
        question:
          'task.commit.ms is 10 s. At 10 s Partition 1 has processed offsets 0 to 7. What offset ' +
          'does its checkpoint hold?',
        choices: ['7: the last offset processed', '8: the next offset to read'],
        answer: (world) =>
          nextIsAfterCheckpoint(world)
            ? '7: the last offset processed'
            : '8: the next offset to read',
        lookAt:
          'The checkpoint topic’s newest message for Partition 1 says {"kafka.page-views.1":"7"}.',
      },
    },
    {
      at: 10_000,
      title: 'A commit',
      text:
        'Each container commits every task.commit.ms, in Samza’s order: first the store keys ' +
        'changed since the last commit go to the changelog, then one checkpoint message per task ' +
        'records the last processed offset of each input partition. A restart resumes one past it.',
      view: { partition: '__samza_checkpoint_ver_1_for_page-counter_1-0', panel: 'log' },
    },
    {
      at: 15_000,
      title: 'A container crashes',
      text:
        'Container 1, which runs task Partition 1, dies at 15 s without committing. Since the commit ' +
        'at 10 s it had processed offsets 8 to 11 and sent their counts. Container 0 keeps running. ' +
        'The cluster manager (YARN) starts container 1 again after 5 s (containerRestartMs).',
      view: { partition: 'page-views-1', panel: 'log' },
      predict: {
        question: 'Where does task Partition 1 resume reading page-views-1 after the restart?',
        choices: [
          'At offset 12, after the last record it processed',
          'At offset 8, after its last checkpoint (7)',
          'At offset 0',
        ],
        answer: (world) => {
          if (partition1Input(world)?.position === 0) return 'At offset 0'
          return nextIsAfterCheckpoint(world)
            ? 'At offset 8, after its last checkpoint (7)'
            : 'At offset 12, after the last record it processed'
        },
        lookAt: 'In the Jobs panel Partition 1’s position is 8, its checkpoint 7.',
      },
    },
    {
      at: 20_000,
      title: 'Back from the checkpoint',
      text:
        'The new container first restores the task’s store from changelog partition 1, as it was ' +
        'at the last commit (page-0 = 3, page-1 = 3, page-3 = 2), then reads from offset 8. ' +
        'Offsets 8 to 11 are processed a second time.',
      view: { partition: 'page-counter-changelog-1', panel: 'jobs' },
      predict: {
        question:
          'page-0 was viewed 5 times in all. Once the task has caught up, what does its store say ' +
          'for page-0?',
        choices: ['5: the true count', 'More than 5: the replayed views are counted twice'],
        answer: (world) =>
          storeValue(world, JOB, 'page-0') ===
          String(recordsOf(world, 'page-views', 1).filter((r) => r.key === 'page-0').length)
            ? '5: the true count'
            : 'More than 5: the replayed views are counted twice',
        lookAt: 'The State store view shows page-0 = 5, page-1 = 5, page-3 = 5.',
      },
    },
    {
      at: 25_000,
      title: 'Duplicates in the output',
      text:
        'The store is right: it was restored as of the checkpoint, so the replay counted each view ' +
        'once. But the outputs of the replayed records were sent again: page-counts holds page-3 = 3, ' +
        'page-0 = 4, page-1 = 4 and page-3 = 4 twice. Samza gives at-least-once delivery; readers ' +
        'of page-counts must tolerate duplicates (for example by upserting by key). A planned ' +
        'stop does not commit either (Samza 1.1 and later). Simplified: the simulator flushes ' +
        'store writes to the changelog only at commit.',
      view: { partition: 'page-counts-0', panel: 'store' },
    },
  ],
}
