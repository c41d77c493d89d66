/** For the jobs views' tests: one running job with one task, one input and two keys. */
import type { JobSnapshot } from '../../sim'

export const job: JobSnapshot = {
  job: 'page-counter_2',
  'job.name': 'page-counter',
  'job.id': '2',
  processor: { type: 'count' },
  status: 'running',
  startedAt: 30_000,
  caughtUp: false,
  settings: {
    'samza.offset.default': 'oldest',
    'samza.reset.offset': false,
    'auto.offset.reset': null,
    'task.commit.ms': 5_000,
    'job.container.count': 1,
    changelog: 'page-counter-changelog-v2',
    output: null,
    outputGuard: 'none',
    processingRate: 10,
    restoreRate: 5_000,
  },
  changedSettings: ['samza.offset.default=oldest'],
  checkpointTopic: '__samza_checkpoint_ver_1_for_page-counter_2',
  store: 'counts',
  containers: [{ index: 0, host: 0, status: 'running', restoreEndsAt: 30_000, restoreRecords: 0 }],
  tasks: [
    {
      name: 'Partition 0',
      container: 0,
      inputs: [
        {
          topic: 'page-views',
          partition: 0,
          position: 12,
          lastProcessed: 11,
          checkpointed: 9,
          logEndOffset: 30,
          lag: 18,
        },
      ],
      store: [
        ['page-0', '3'],
        ['page-2', '9'],
      ],
      unflushedKeys: 1,
      sinceCommit: 2,
      sent: 12,
      staleWritesSkipped: 0,
      latencyMs: 1_500,
    },
  ],
}
