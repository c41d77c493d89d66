import { describe, expect, test } from 'vitest'
import { loadScenarioFile } from '../scenario/testScenarios'
import { jobLagSeries } from './jobLagSeries'

describe('job lag series', () => {
  const scenario = loadScenarioFile('simple-rewind.json')
  const series = jobLagSeries(scenario)
  const lag = series.lag.get('page-counter_1')!
  const at = (t: number) => lag[series.times.findIndex((time) => time >= t)]

  test('one line per job, sampled across the whole scenario', () => {
    expect([...series.lag.keys()]).toEqual(['page-counter_1'])
    expect(lag).toHaveLength(series.times.length)
    expect(series.times.at(-1)).toBe(scenario.durationMs)
  })

  test('the rewind to the start makes the job far behind again, then it catches up', () => {
    // Stopped at 40 s, checkpoint -1, restarted at 41 s: every input record is lag again.
    const rewound = at(42_000)!
    expect(rewound).toBeGreaterThan(at(39_000)!)
    expect(at(scenario.durationMs)!).toBeLessThan(rewound)
  })
})
