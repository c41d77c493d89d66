import { describe, expect, test } from 'vitest'
import { buildLogAction, LOG_DEFAULTS } from './logActions'
import { simpleRewindAt } from './testContext'

const context = simpleRewindAt(10_000)

describe('building log actions', () => {
  test('a produce sends one record to the selected partition; a tombstone has a null value', () => {
    expect(buildLogAction('produce', { ...LOG_DEFAULTS, tombstone: true }, context)).toEqual({
      type: 'produce',
      topic: 'page-views',
      partition: 1,
      records: [{ key: 'user-1', value: null }],
    })
  })

  test('a consumer action without a consumer says so', () => {
    expect(buildLogAction('consumer.seek', LOG_DEFAULTS, context)).toBe(
      'This scenario has no consumer',
    )
  })

  test('a config change keeps its type: a policy from the list, numbers as numbers', () => {
    expect(
      buildLogAction('topic.config', { ...LOG_DEFAULTS, configValue: '5000' }, context),
    ).toEqual({ type: 'topic.config', topic: 'page-views', set: { 'retention.ms': 5_000 } })
    const policy = { ...LOG_DEFAULTS, configName: 'cleanup.policy', configValue: 'tidy' }
    expect(buildLogAction('topic.config', policy, context)).toMatch(
      /^cleanup.policy must be one of/,
    )
  })
})
