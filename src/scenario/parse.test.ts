import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO_INPUT } from './builtin'
import { parseScenario, parseScenarioJson } from './parse'
import { describeProblems } from './problems'
import { isolate } from '../sim'

const minimal = { version: 1, durationMs: 1000, topics: [{ name: 'a' }] }

function problemsOf(input: unknown): string {
  const result = parseScenario(input)
  return result.ok ? 'ok' : describeProblems(result.problems)
}

describe('parsing a scenario', () => {
  it("fills in Kafka's defaults", () => {
    const result = parseScenario(minimal)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.topics[0]?.config).toMatchObject({
      'cleanup.policy': 'delete',
      'segment.ms': 604_800_000,
      'retention.ms': 604_800_000,
      'delete.retention.ms': 86_400_000,
      'min.cleanable.dirty.ratio': 0.5,
    })
    expect(result.value.broker['log.cleaner.backoff.ms']).toBe(15_000)
  })

  it('accepts the built-in scenario', () => {
    expect(problemsOf(DEFAULT_SCENARIO_INPUT)).toBe('ok')
  })

  it('names the field and the bound that is broken', () => {
    expect(problemsOf({ ...minimal, topics: [{ name: 'a', config: { 'segment.ms': 0 } }] })).toBe(
      'topics[0].config["segment.ms"]: must be at least 1',
    )
    expect(problemsOf({ ...minimal, topics: [{ name: 'a', partitions: 65 }] })).toBe(
      'topics[0].partitions: must be at most 64',
    )
    expect(problemsOf({ version: 1, topics: [{ name: 'a' }] })).toBe(
      'durationMs: is required (a number)',
    )
    expect(problemsOf({ ...minimal, topics: [{ name: 'a b' }] })).toMatch(
      /^topics\[0\]\.name: use only letters/,
    )
  })

  it('reports unknown fields instead of ignoring them', () => {
    expect(problemsOf({ ...minimal, topics: [{ name: 'a', config: { 'segment.msx': 5 } }] })).toBe(
      `topics[0].config: unknown field ${isolate('"segment.msx"')}`,
    )
  })

  it('names the known action types when a type is unknown, and refuses duplicate producer names', () => {
    expect(problemsOf({ ...minimal, actions: [{ type: 'rewind', at: 1 }] })).toMatch(
      /^actions\[0\]\.type: must be one of 'produce' \| 'roll'/,
    )
    // A choice that is not between types (a seek's offset: a number, `earliest` or `latest`).
    const seek = { type: 'consumer.seek', at: 1, consumer: 'c', offset: 'soon' }
    expect(problemsOf({ ...minimal, actions: [seek] })).toBe(
      'actions[0].offset: has an unknown or malformed type',
    )
    const producer = { name: 'p', topic: 'a', recordsPerSecond: 1, keys: null }
    expect(problemsOf({ ...minimal, producers: [producer, producer] })).toBe(
      'producers[1].name: producer "p" is defined twice',
    )
  })

  it('checks references across fields', () => {
    expect(problemsOf({ ...minimal, actions: [{ type: 'roll', at: 1, topic: 'nope' }] })).toBe(
      'actions[0].topic: no topic is named "nope"',
    )
    expect(
      problemsOf({ ...minimal, actions: [{ type: 'consumer.fetch', at: 1, consumer: 'c' }] }),
    ).toBe('actions[0].consumer: no consumer is named "c"')
    expect(problemsOf({ ...minimal, actions: [{ type: 'cleaner.run', at: 5000 }] })).toMatch(
      /after the end of the scenario/,
    )
  })

  it('refuses max.compaction.lag.ms below min.compaction.lag.ms, as Kafka does', () => {
    expect(
      problemsOf({
        ...minimal,
        topics: [
          { name: 'a', config: { 'min.compaction.lag.ms': 10, 'max.compaction.lag.ms': 5 } },
        ],
      }),
    ).toBe(
      'topics[0].config["max.compaction.lag.ms"]: max.compaction.lag.ms must be at least min.compaction.lag.ms',
    )
  })

  it('refuses remote storage on a compacted topic and local retention above the total', () => {
    const tieredTopic = (config: object) => ({
      ...minimal,
      topics: [{ name: 'a', config: { 'remote.storage.enable': true, ...config } }],
    })
    expect(problemsOf(tieredTopic({ 'cleanup.policy': 'compact' }))).toMatch(
      /^topics\[0\]\.config\["remote\.storage\.enable"\]: remote storage cannot be enabled on a compacted topic/,
    )
    expect(problemsOf(tieredTopic({ 'retention.ms': 100, 'local.retention.ms': 200 }))).toMatch(
      /local\.retention\.ms \(200\) cannot exceed retention\.ms \(100\)/,
    )
    expect(problemsOf(tieredTopic({ 'local.retention.ms': 100 }))).toBe('ok')
  })

  it('bounds the work a scenario may ask for', () => {
    const huge = {
      ...minimal,
      durationMs: 30 * 24 * 3600 * 1000,
      producers: [{ name: 'p', topic: 'a', recordsPerSecond: 100_000, keys: null }],
    }
    expect(problemsOf(huge)).toMatch(
      /^producers: the producers would send about .* records; the limit is 10,000,000$/,
    )
  })

  it('says so when a scenario comes from a newer version', () => {
    expect(problemsOf({ ...minimal, version: 9 })).toMatch(/newer Rewind Lab \(format 9\)/)
  })

  it('sorts actions by time, keeping the written order at equal times', () => {
    const result = parseScenario({
      ...minimal,
      actions: [
        { type: 'retention.run', at: 5 },
        { type: 'cleaner.run', at: 1 },
        { type: 'roll', at: 5, topic: 'a' },
      ],
    })
    expect(result.ok && result.value.actions.map((a) => a.type)).toEqual([
      'cleaner.run',
      'retention.run',
      'roll',
    ])
  })

  it('accepts "constructor" and "__proto__" as record keys, which are data', () => {
    const result = parseScenario({
      ...minimal,
      actions: [
        {
          type: 'produce',
          at: 1,
          topic: 'a',
          records: [{ key: '__proto__', value: 'constructor' }],
        },
      ],
    })
    expect(result.ok).toBe(true)
  })

  it('reports JSON syntax errors', () => {
    expect(parseScenarioJson('{"version": 1,').ok).toBe(false)
  })

  it('never throws and never pollutes prototypes, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.object(), fc.anything()), (input) => {
        expect(() => parseScenario(input)).not.toThrow()
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
      }),
    )
    const hostile = JSON.parse(
      '{"version":1,"durationMs":5,"topics":[{"name":"a","__proto__":{"polluted":1}}]}',
    ) as unknown
    expect(parseScenario(hostile).ok).toBe(false)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})
