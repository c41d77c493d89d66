import { describe, expect, test } from 'vitest'
import { loadScenarioFile } from '../scenario/testScenarios'
import { compareOutputs, createTimeline, outputContents, outputTopics } from '../sim'
import { outputsAt } from './outputs'

describe('job outputs in the parallel rewind', () => {
  const scenario = loadScenarioFile('parallel-rewind.json')
  const timeline = createTimeline(scenario)
  const outputsAtTime = (t: number) => outputsAt(scenario, t)

  test('each job’s output is listed with its writer once it exists', () => {
    expect(outputsAtTime(10_000).map((o) => [o.topic, o.writers])).toEqual([
      ['page-counts', ['page-counter_1']],
    ])
    expect(outputsAtTime(35_000).map((o) => [o.topic, o.writers])).toEqual([
      ['page-counts', ['page-counter_1']],
      ['page-counts-v2', ['page-counter_2']],
    ])
  })

  test('while the rewound job catches up, the live job’s counts are ahead; no key is missing', () => {
    const [live, rewound] = outputsAtTime(35_000)
    const rows = compareOutputs(live!, rewound!)
    expect(rows.length).toBe(live!.keys.size)
    expect(rows.some((r) => r.verdict.kind === 'higher' && r.verdict.side === 'A')).toBe(true)
    expect(rows.every((r) => r.verdict.kind === 'higher' || r.verdict.kind === 'same')).toBe(true)
  })

  test('an output holds every record sent per key, the latest value last', () => {
    const [live] = outputsAtTime(20_000)
    const world = timeline.worldAt(20_000)
    const sent = [...world.jobs.get('page-counter_1')!.tasks].reduce((n, t) => n + t.sent, 0)
    expect(live!.records).toBe(sent)
    for (const key of live!.keys.values()) expect(key.latest).toBe(String(key.records))
  })
})

describe('outputs through playback', () => {
  test('are read again only when an output log changes, and equal a fresh read', () => {
    const scenario = loadScenarioFile('parallel-rewind.json')
    const timeline = createTimeline(scenario)
    const fresh = (t: number) => {
      const world = timeline.worldAt(t)
      return outputTopics(world).map((o) => outputContents(world, o.topic, o.writers))
    }
    // Between two records sent 1 s apart nothing is written to the outputs.
    const first = outputsAt(scenario, 30_100)
    expect(outputsAt(scenario, 30_101)).toBe(first)
    expect(first).toEqual(fresh(30_100))
    const later = outputsAt(scenario, 40_000)
    expect(later).not.toBe(first)
    expect(later).toEqual(fresh(40_000))
  })
})
