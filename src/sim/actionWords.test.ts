import { describe, expect, test } from 'vitest'
import { actionTarget, describeAction } from './actionWords'

describe('what a scenario action is about', () => {
  test('a partition, a topic, a consumer, a job or a machine', () => {
    expect(actionTarget({ type: 'roll', at: 0, topic: 't', partition: 1 })).toBe('t-1')
    expect(actionTarget({ type: 'produce', at: 0, topic: 't', partition: null, records: [] })).toBe(
      't',
    )
    expect(actionTarget({ type: 'topic.delete', at: 0, topic: 't' })).toBe('t')
    expect(actionTarget({ type: 'consumer.fetch', at: 0, consumer: 'c', maxRecords: null })).toBe(
      'c',
    )
    expect(actionTarget({ type: 'job.stop', at: 0, job: 'counter_2' })).toBe('counter_2')
    expect(actionTarget({ type: 'host.fail', at: 0, host: 1 })).toBe('host 1')
  })

  test('the cleaner, retention and maintenance concern the whole broker', () => {
    expect(actionTarget({ type: 'cleaner.run', at: 0 })).toBe('')
  })
})

describe('an action in words', () => {
  test('its readable name, and what it is about when that is not the whole broker', () => {
    expect(describeAction({ type: 'cleaner.run', at: 0 })).toBe('cleaner run')
    expect(describeAction({ type: 'roll', at: 0, topic: 't', partition: 1 })).toBe(
      'segment roll of t-1',
    )
    expect(describeAction({ type: 'job.crash', at: 0, job: 'c_1', container: 0 })).toBe(
      'container crash of c_1',
    )
  })
})
