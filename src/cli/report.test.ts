import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse'
import { describeProblems } from '../scenario/problems'
import { writeReport } from './report'

/** 2024-05-01T00:00:00Z. */
const MAY_2024 = 1_714_521_600_000

describe('the runner on a scenario with a real date (clockStartMs)', () => {
  it('prints record timestamps as epoch milliseconds in events and snapshots, times from 0', () => {
    const parsed = parseScenario({
      version: 3,
      durationMs: 10_000,
      clockStartMs: MAY_2024,
      topics: [{ name: 't' }],
      actions: [{ type: 'produce', at: 1_000, topic: 't', records: [{ key: 'a', value: '1' }] }],
    })
    if (!parsed.ok) throw new Error(describeProblems(parsed.problems))
    const print = (events: boolean) => {
      const out: string[] = []
      writeReport(parsed.value, [{ kind: 'time', time: 2_000 }], { events, document: false }, (t) =>
        out.push(t),
      )
      return out
        .join('')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>)
    }
    const appended = print(true).find((e) => e['type'] === 'record.appended')
    expect(appended).toMatchObject({ time: 1_000, timestamp: MAY_2024 + 1_000 })
    const [snapshot] = print(false)
    expect(snapshot).toMatchObject({ time: 2_000, clockStartMs: MAY_2024 })
  })
})
