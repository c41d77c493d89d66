import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseScenarioJson } from '../scenario/parse'
import type { Scenario } from '../scenario/schema'
import { createTimeline, outputContents, outputTopics } from '../sim'
import { outputsAt } from './outputs'

/**
 * The parallel rewind with outputs that lose rows while it runs: the live job's output is
 * compacted in small segments, the rewound job's is trimmed by time retention, and the live
 * output is deleted at 80 s; so a kept tally must be refused whenever its rows are gone.
 */
function shrinkingOutputs(): Scenario {
  const file = join(import.meta.dirname, '..', '..', 'scenarios', 'parallel-rewind.json')
  const base = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  const parsed = parseScenarioJson(
    JSON.stringify({
      ...base,
      sizeModel: 'records',
      broker: { 'log.retention.check.interval.ms': 5000, 'log.initial.task.delay.ms': 5000 },
      topics: [
        { name: 'page-views', partitions: 2 },
        {
          name: 'page-counts',
          partitions: 2,
          config: {
            'cleanup.policy': 'compact',
            'segment.bytes': 6,
            'min.cleanable.dirty.ratio': 0.1,
          },
        },
        {
          name: 'page-counts-v2',
          partitions: 2,
          config: { 'cleanup.policy': 'delete', 'segment.ms': 4000, 'retention.ms': 10_000 },
        },
      ],
    }),
  )
  if (!parsed.ok) throw new Error('the shrinking-outputs scenario does not parse')
  return parsed.value
}

describe('outputs read incrementally', () => {
  const scenario = shrinkingOutputs()
  const timeline = createTimeline(scenario)
  const fullRead = (t: number) => {
    const world = timeline.worldAt(t)
    return outputTopics(world).map((o) => outputContents(world, o.topic, o.writers))
  }

  test('the scenario really removes output rows (compaction and retention)', () => {
    const rows = (t: number, topic: string) =>
      fullRead(t).find((o) => o.topic === topic)?.records ?? 0
    const compacted = timeline.worldAt(60_000).topics.get('page-counts')
    const written = compacted?.partitions.reduce((sum, log) => sum + log.logEndOffset, 0) ?? 0
    expect(rows(60_000, 'page-counts')).toBeLessThan(written)
    const trimmed = timeline.worldAt(60_000).topics.get('page-counts-v2')
    expect(trimmed?.partitions.some((log) => log.logStartOffset > 0)).toBe(true)
  })

  test('equal a full read at every time of any sequence, forwards and backwards', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 90_000 }), { minLength: 1, maxLength: 25 }),
        (times) => {
          for (const t of times) expect(outputsAt(scenario, t)).toEqual(fullRead(t))
        },
      ),
      { numRuns: 40 },
    )
  })

  test('equal a full read along a drag forwards then back', () => {
    const drag = Array.from({ length: 91 }, (_, i) => i * 1000)
    for (const t of [...drag, ...drag.reverse()])
      expect(outputsAt(scenario, t)).toEqual(fullRead(t))
  })
})
