import { describe, expect, it } from 'vitest'
import { localRetentionBytes, localRetentionMs, tieredConfigProblem } from './tiered'
import { topicConfig } from './testLog'

describe('tiered storage configs (LogConfig validation)', () => {
  it('accepts anything while remote.storage.enable is off', () => {
    expect(
      tieredConfigProblem(topicConfig({ 'cleanup.policy': 'compact', 'local.retention.ms': -1 })),
    ).toBeNull()
  })

  it('refuses remote storage on a compacted topic, compact,delete included', () => {
    for (const policy of ['compact', 'compact,delete'] as const) {
      const problem = tieredConfigProblem(
        topicConfig({ 'cleanup.policy': policy, 'remote.storage.enable': true }),
      )
      expect(problem).toMatch(/compacted topic/)
    }
  })

  it('refuses a local retention above the total, or unlimited while the total is limited', () => {
    const tiered = { 'remote.storage.enable': true, 'retention.ms': 1000 }
    expect(tieredConfigProblem(topicConfig({ ...tiered, 'local.retention.ms': 1001 }))).toMatch(
      /local.retention.ms \(1001\) cannot exceed retention.ms \(1000\)/,
    )
    expect(tieredConfigProblem(topicConfig({ ...tiered, 'local.retention.ms': -1 }))).toMatch(
      /cannot be -1/,
    )
    expect(
      tieredConfigProblem(
        topicConfig({ ...tiered, 'retention.bytes': 10, 'local.retention.bytes': 11 }),
      ),
    ).toMatch(/local.retention.bytes \(11\) cannot exceed retention.bytes \(10\)/)
    expect(tieredConfigProblem(topicConfig({ ...tiered, 'local.retention.ms': 1000 }))).toBeNull()
  })

  it('lets the local settings be anything when the total is unlimited', () => {
    const config = topicConfig({
      'remote.storage.enable': true,
      'retention.ms': -1,
      'local.retention.ms': -1,
    })
    expect(tieredConfigProblem(config)).toBeNull()
  })

  it('reads -2 as "the same as the total" and ignores the local settings on untiered topics', () => {
    const tiered = topicConfig({ 'remote.storage.enable': true, 'retention.ms': 500 })
    expect(localRetentionMs(tiered)).toBe(500)
    expect(localRetentionMs({ ...tiered, 'local.retention.ms': 100 })).toBe(100)
    expect(localRetentionBytes({ ...tiered, 'retention.bytes': 30 })).toBe(30)
    const untiered = topicConfig({ 'retention.ms': 500, 'local.retention.ms': 100 })
    expect(localRetentionMs(untiered)).toBe(500)
  })
})
