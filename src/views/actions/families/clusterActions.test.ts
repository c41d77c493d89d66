import { describe, expect, test } from 'vitest'
import { buildClusterAction } from './clusterActions'
import { CLUSTER_DEFAULTS } from './clusterForm'
import { simpleRewindAt } from './testContext'

const context = simpleRewindAt(10_000)

describe('building cluster actions', () => {
  test('brokers and hosts are offered with whether they are up', () => {
    expect(context.brokers).toEqual([{ id: 0, up: true }])
    expect(context.hosts).toEqual([{ id: 0, up: true }])
  })

  test('a broker or host failure and recovery name the machine', () => {
    const fields = { ...CLUSTER_DEFAULTS, broker: '0', host: '0' }
    expect(buildClusterAction('broker.fail', fields, context)).toEqual({
      type: 'broker.fail',
      broker: 0,
    })
    expect(buildClusterAction('host.recover', fields, context)).toEqual({
      type: 'host.recover',
      host: 0,
    })
  })

  test('deleting a topic takes the selected partition’s topic unless another is chosen', () => {
    expect(buildClusterAction('topic.delete', CLUSTER_DEFAULTS, context)).toEqual({
      type: 'topic.delete',
      topic: 'page-views',
    })
    const other = { ...CLUSTER_DEFAULTS, deleteTopic: 'page-counts' }
    expect(buildClusterAction('topic.delete', other, context)).toEqual({
      type: 'topic.delete',
      topic: 'page-counts',
    })
  })
})
