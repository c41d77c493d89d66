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

  test('a forced cleaning pass starts at the checkpoint when the offset is blank, else at the offset', () => {
    expect(buildLogAction('cleaner.clean', LOG_DEFAULTS, context)).toEqual({
      type: 'cleaner.clean',
      topic: 'page-views',
      partition: 1,
      firstDirtyOffset: null,
    })
    expect(
      buildLogAction('cleaner.clean', { ...LOG_DEFAULTS, firstDirty: ' 12 ' }, context),
    ).toEqual({ type: 'cleaner.clean', topic: 'page-views', partition: 1, firstDirtyOffset: 12 })
    expect(buildLogAction('cleaner.clean', { ...LOG_DEFAULTS, firstDirty: 'x' }, context)).toBe(
      'The first dirty offset must be a whole number',
    )
  })

  test('a cleaner checkpoint is set on the selected partition', () => {
    expect(buildLogAction('cleaner.checkpoint', { ...LOG_DEFAULTS, offset: '7' }, context)).toEqual(
      { type: 'cleaner.checkpoint', topic: 'page-views', partition: 1, offset: 7 },
    )
  })
})
