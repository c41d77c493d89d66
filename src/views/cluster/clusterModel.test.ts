import { describe, expect, test } from 'vitest'
import { parseScenario } from '../../scenario/parse'
import { createTimeline } from '../../sim'
import { clusterIsUseful } from './clusterIsUseful'
import { clusterModel, topicLabel } from './clusterModel'

const parsed = parseScenario({
  version: 1,
  durationMs: 20_000,
  cluster: { brokers: 3, hosts: 2 },
  topics: [{ name: 'views', partitions: 2, replicationFactor: 2 }],
  producers: [{ name: 'web', topic: 'views', recordsPerSecond: 1, keys: null }],
  jobs: [
    {
      'job.name': 'counter',
      processor: { type: 'count' },
      inputs: ['views'],
      'job.container.count': 2,
    },
  ],
  actions: [
    { type: 'broker.fail', at: 5_000, broker: 0 },
    { type: 'host.fail', at: 5_000, host: 0 },
  ],
})
if (!parsed.ok) throw new Error('invalid test scenario')
const timeline = createTimeline(parsed.value)
const at = (t: number) => clusterModel(timeline.worldAt(t))

describe('the cluster view model', () => {
  test('each broker lists its replicas by topic, the leader and the ISR marked', () => {
    const [b0, b1, b2] = at(1_000).brokers
    // Replica i of partition p of the first topic lives on broker (p + i) mod 3.
    expect(b0?.topics.find((t) => t.topic === 'views')?.replicas).toEqual([
      { topic: 'views', partition: 0, role: 'leader' },
    ])
    expect(b1?.topics.find((t) => t.topic === 'views')?.replicas).toEqual([
      { topic: 'views', partition: 0, role: 'in sync' },
      { topic: 'views', partition: 1, role: 'leader' },
    ])
    expect(b2?.topics.find((t) => t.topic === 'views')?.replicas).toEqual([
      { topic: 'views', partition: 1, role: 'in sync' },
    ])
  })

  test('when a broker fails its leadership moves to an in-sync follower and it leaves the ISR', () => {
    const { brokers, offline } = at(6_000)
    expect(brokers[0]?.up).toBe(false)
    expect(brokers[0]?.topics[0]?.replicas[0]?.role).toBe('out of sync')
    expect(brokers[1]?.topics.find((t) => t.topic === 'views')?.replicas[0]?.role).toBe('leader')
    expect(offline).toEqual([])
  })

  test('hosts list the running containers with their tasks', () => {
    const before = at(1_000).hosts
    expect(before.map((h) => h.up)).toEqual([true, true])
    const all = before.flatMap((h) => h.containers)
    expect(all.map((c) => [c.job, c.container, c.tasks])).toEqual(
      expect.arrayContaining([
        ['counter_1', 0, ['Partition 0']],
        ['counter_1', 1, ['Partition 1']],
      ]),
    )
    const crashed = at(6_000)
    expect(crashed.hosts[0]).toMatchObject({ up: false, containers: [] })
    expect(crashed.waiting).toEqual([{ job: 'counter_1', container: 0 }])
    // After containerRestartMs the container starts again on the host that is up.
    const moved = at(11_000)
    expect(moved.waiting).toEqual([])
    expect(moved.hosts[1]?.containers.map((c) => c.container).sort()).toEqual([0, 1])
  })

  test('a checkpoint topic is labelled by its job', () => {
    expect(topicLabel('__samza_checkpoint_ver_1_for_page-counter_2')).toBe(
      'checkpoints of page-counter_2',
    )
    expect(topicLabel('views')).toBe('views')
  })

  test('it is worth showing with several brokers or hosts, or with jobs', () => {
    const one = { brokers: 1, hosts: 1 }
    expect(clusterIsUseful({ jobs: [], cluster: one })).toBe(false)
    expect(clusterIsUseful({ jobs: [], cluster: { ...one, brokers: 3 } })).toBe(true)
    expect(clusterIsUseful({ jobs: [{}], cluster: one })).toBe(true)
  })
})
