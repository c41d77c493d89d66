import { describe, expect, test } from 'vitest'
import { loadScenarioFile } from '../../scenario/testScenarios'
import {
  compareOutputs,
  createTimeline,
  outputContents,
  outputTopics,
  type KeyOutput,
  type OutputContents,
} from '../../sim'
import {
  countVerdicts,
  describeVerdict,
  outputsAt as outputsAtWorld,
  resentRecords,
} from './outputsModel'

const contents = (topic: string, keys: Record<string, KeyOutput>): OutputContents => ({
  topic,
  writers: [],
  records: Object.values(keys).reduce((n, k) => n + k.records, 0),
  keys: new Map(Object.entries(keys)),
})

describe('comparing two outputs key by key', () => {
  const a = contents('A', {
    same: { latest: '3', records: 3 },
    recount: { latest: '6', records: 6 },
    resent: { latest: '2', records: 4 },
    text: { latest: 'Ada', records: 1 },
    onlyA: { latest: '1', records: 1 },
  })
  const b = contents('B', {
    same: { latest: '3', records: 3 },
    recount: { latest: '4', records: 4 },
    resent: { latest: '2', records: 2 },
    text: { latest: 'Grace', records: 1 },
    onlyB: { latest: '1', records: 1 },
  })
  const rows = compareOutputs(a, b)

  test('every key of either side appears once, in key order', () => {
    expect(rows.map((r) => r.key)).toEqual(['onlyA', 'onlyB', 'recount', 'resent', 'same', 'text'])
  })

  test('a count counted twice is higher; the same value sent again is duplicated', () => {
    const verdicts = Object.fromEntries(rows.map((r) => [r.key, describeVerdict(r.verdict)]))
    expect(verdicts).toEqual({
      onlyA: 'missing in B',
      onlyB: 'missing in A',
      recount: 'higher in A (+2)',
      resent: 'duplicated in A (+2 records)',
      same: 'same',
      text: 'different',
    })
    expect(countVerdicts(rows)).toEqual({
      same: 1,
      missing: 2,
      higher: 1,
      duplicated: 1,
      different: 1,
    })
  })
})

describe('counts sent again', () => {
  test('a count sent more times than its value was re-sent; a text value is not a count', () => {
    expect(resentRecords({ latest: '15', records: 30 })).toBe(15)
    expect(resentRecords({ latest: '15', records: 15 })).toBe(0)
    expect(resentRecords({ latest: 'Ada', records: 2 })).toBeNull()
  })

  test('simple-rewind re-sends every count after its rewind with a fresh changelog', () => {
    const world = createTimeline(loadScenarioFile('simple-rewind.json')).worldAt(60_000)
    const [output] = outputTopics(world)
    const keys = [...outputContents(world, output!.topic, output!.writers).keys.values()]
    expect(keys.every((k) => (resentRecords(k) ?? 0) > 0)).toBe(true)
  })
})

describe('job outputs in the parallel rewind', () => {
  const scenario = loadScenarioFile('parallel-rewind.json')
  const timeline = createTimeline(scenario)
  const outputsAt = (t: number) => outputsAtWorld(timeline.worldAt(t))

  test('each job’s output is listed with its writer once it exists', () => {
    expect(outputsAt(10_000).map((o) => [o.topic, o.writers])).toEqual([
      ['page-counts', ['page-counter_1']],
    ])
    expect(outputsAt(35_000).map((o) => [o.topic, o.writers])).toEqual([
      ['page-counts', ['page-counter_1']],
      ['page-counts-v2', ['page-counter_2']],
    ])
  })

  test('while the rewound job catches up, the live job’s counts are ahead; no key is missing', () => {
    const [live, rewound] = outputsAt(35_000)
    const rows = compareOutputs(live!, rewound!)
    expect(rows.length).toBe(live!.keys.size)
    expect(rows.some((r) => r.verdict.kind === 'higher' && r.verdict.side === 'A')).toBe(true)
    expect(rows.every((r) => r.verdict.kind === 'higher' || r.verdict.kind === 'same')).toBe(true)
  })

  test('an output holds every record sent per key, the latest value last', () => {
    const [live] = outputsAt(20_000)
    const world = timeline.worldAt(20_000)
    const sent = [...world.jobs.get('page-counter_1')!.tasks].reduce((n, t) => n + t.sent, 0)
    expect(live!.records).toBe(sent)
    for (const key of live!.keys.values()) expect(key.latest).toBe(String(key.records))
  })
})

describe('outputs through playback', () => {
  test('are read again only when an output log changes, and equal a fresh read', () => {
    const timeline = createTimeline(loadScenarioFile('parallel-rewind.json'))
    const fresh = (t: number) => {
      const world = timeline.worldAt(t)
      return outputTopics(world).map((o) => outputContents(world, o.topic, o.writers))
    }
    // Between two records sent 1 s apart nothing is written to the outputs.
    const first = outputsAtWorld(timeline.worldAt(30_100))
    expect(outputsAtWorld(timeline.worldAt(30_101))).toBe(first)
    expect(first).toEqual(fresh(30_100))
    const later = outputsAtWorld(timeline.worldAt(40_000))
    expect(later).not.toBe(first)
    expect(later).toEqual(fresh(40_000))
  })
})
