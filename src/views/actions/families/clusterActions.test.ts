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

  test('without a choice, the first machine the action suits: up to fail, down to recover', () => {
    const machines = [
      { id: 0, up: false },
      { id: 1, up: true },
      { id: 2, up: false },
    ]
    const withMachines = { ...context, brokers: machines, hosts: machines }
    expect(buildClusterAction('broker.fail', CLUSTER_DEFAULTS, withMachines)).toEqual({
      type: 'broker.fail',
      broker: 1,
    })
    expect(buildClusterAction('host.recover', CLUSTER_DEFAULTS, withMachines)).toEqual({
      type: 'host.recover',
      host: 0,
    })
    expect(
      buildClusterAction('broker.recover', { ...CLUSTER_DEFAULTS, broker: '2' }, withMachines),
    ).toEqual({ type: 'broker.recover', broker: 2 })
  })
})
