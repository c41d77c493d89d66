import type { WorldSnapshot } from '../sim'
import { pageCounter, pageViewsProducer } from './build'
import type { Lesson } from './lesson'
import { partitionOf, recordsOf, storeValue } from './read'

const JOB = 'page-counter_1'

function leaderOfPageViews0(world: WorldSnapshot): number | null | undefined {
  return partitionOf(world, 'page-views', 0)?.leader
}

export const brokers: Lesson = {
  id: 'brokers',
  title: 'Brokers',
  summary:
    'Partitions and replicas on brokers; a broker failure moves leadership; a lost host’s state ' +
    'store is rebuilt from its changelog on another machine.',
  minutes: 12,
  scenario: {
    version: 1,
    name: 'Brokers',
    description:
      'Three brokers and two job hosts. Broker 0 fails at 10 s, host 0 (the job’s) at 20 s, and ' +
      'broker 0 comes back at 30 s.',
    durationMs: 40_000,
    cluster: { brokers: 3, hosts: 2, containerRestartMs: 5_000 },
    topics: [
      { name: 'page-views', partitions: 2, replicationFactor: 2 },
      { name: 'page-counts', replicationFactor: 2 },
    ],
    producers: [pageViewsProducer({ recordsPerSecond: 1, pages: 4, stopMs: 35_000 })],
    jobs: [
      pageCounter({
        changelog: 'page-counter-changelog',
        output: 'page-counts',
        'samza.offset.default': 'oldest',
        'task.commit.ms': 5_000,
      }),
    ],
    actions: [
      { type: 'broker.fail', at: 10_000, broker: 0 },
      { type: 'host.fail', at: 20_000, host: 0 },
      { type: 'broker.recover', at: 30_000, broker: 0 },
    ],
  },
  steps: [
    {
      at: 5_000,
      title: 'Replicas on brokers',
      text:
        'Three Kafka brokers. page-views has 2 partitions with replicationFactor 2: page-views-0 ' +
        'lives on brokers 0 and 1, page-views-1 on brokers 1 and 2. The first replica is the ' +
        'preferred leader; the leader serves every read and write, the followers copy it, and the ' +
        'replicas in step form the ISR (in-sync replicas). Samza created page-counter-changelog ' +
        'with replication factor 2 and its checkpoint topic with 3. The job’s container runs on ' +
        'host 0, a YARN machine apart from the brokers.',
      view: { partition: 'page-views-0', panel: 'cluster' },
      predict: {
        question: 'Broker 0 fails at 10 s. Who leads page-views-0 then?',
        choices: ['Broker 1, the other replica', 'Broker 2', 'Nobody: the partition goes offline'],
        answer: (world) => {
          const leader = leaderOfPageViews0(world)
          if (leader === 1) return 'Broker 1, the other replica'
          return leader === 2 ? 'Broker 2' : 'Nobody: the partition goes offline'
        },
        lookAt: 'page-views-0 shows leader 1 and ISR [1]; the narration lists every leader change.',
      },
    },
    {
      at: 11_000,
      title: 'Leadership moves',
      text:
        'Broker 1 took over page-views-0, page-counter-changelog-1 and the checkpoint topic, and ' +
        'broker 0 left every ISR. Nothing was lost, since an in-sync follower holds every record, ' +
        'and the producer and the job carry on. Had every replica of a partition been down, it ' +
        'would be offline (unclean leader election is off). Simplified: replication is instant, ' +
        'and a failed broker leaves the ISR at once.',
      view: { partition: 'page-views-0', panel: 'cluster' },
      predict: {
        question:
          'Host 0, where the container runs, fails at 20 s; YARN starts the container again on ' +
          'host 1 five seconds later. What does its store hold once it runs?',
        choices: [
          'The right counts, rebuilt from the changelog',
          'Nothing: the counts were lost with host 0',
        ],
        answer: (world) => {
          const views = recordsOf(world, 'page-views', 0).filter((r) => r.key === 'page-2')
          return storeValue(world, JOB, 'page-2') === String(views.length)
            ? 'The right counts, rebuilt from the changelog'
            : 'Nothing: the counts were lost with host 0'
        },
        lookAt: 'The Jobs panel shows container 0 on host 1; it restored 4 keys from 16 records.',
      },
    },
    {
      at: 26_000,
      title: 'State rebuilt on another machine',
      text:
        'The store’s local copy was on host 0’s disk and is gone. But its changelog lives in Kafka, ' +
        'replicated, so the new container on host 1 read it (16 records, 4 keys) before ' +
        'processing, then resumed one past each checkpoint: the record processed after the last ' +
        'commit was processed again and its output sent twice. Simplified: no host affinity ' +
        '(job.host-affinity.enabled), which would prefer the old host to reuse a local store.',
      view: { partition: 'page-counter-changelog-1', panel: 'jobs' },
      predict: {
        question: 'Broker 0 comes back at 30 s. Who leads page-views-0 then?',
        choices: [
          'Broker 0 again, the preferred leader',
          'Broker 1 stays leader; broker 0 rejoins as a follower',
        ],
        answer: (world) =>
          leaderOfPageViews0(world) === 0
            ? 'Broker 0 again, the preferred leader'
            : 'Broker 1 stays leader; broker 0 rejoins as a follower',
        lookAt: 'page-views-0 shows leader 1 and ISR [0, 1].',
      },
    },
    {
      at: 31_000,
      title: 'A broker comes back',
      text:
        'Broker 0 copied what it missed and rejoined the ISR of its partitions, but leadership did ' +
        'not move back. Kafka returns it to the preferred replica later when ' +
        'auto.leader.rebalance.enable is on (the default), or on kafka-leader-election; the ' +
        'simulator models neither.',
      view: { partition: 'page-views-0', panel: 'cluster' },
    },
  ],
}
