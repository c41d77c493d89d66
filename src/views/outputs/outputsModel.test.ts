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
import { countVerdicts, describeVerdict, resentRecords } from './outputsModel'

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
