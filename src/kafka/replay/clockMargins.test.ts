import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenario, parseScenarioJson } from '../../scenario/parse'
import { DIFFERENTIAL_REAL_TIME_BOUND_MS, clockSensitiveDecisions } from './clockMargins'

const SCENARIO_DIR = resolve(import.meta.dirname, '../../../kafka/scenarios')

function scenario(topicConfig: Record<string, unknown>) {
  const parsed = parseScenario({
    version: 1,
    durationMs: 600_000,
    sizeModel: 'kafka-v2',
    broker: { 'log.retention.check.interval.ms': 1000, 'log.initial.task.delay.ms': 0 },
    topics: [{ name: 'views', config: topicConfig }],
    // A record every 10 s; one-minute segments by record time.
    producers: [
      {
        name: 'web',
        topic: 'views',
        partition: 0,
        recordsPerSecond: 0.1,
        stopMs: 595_000,
        keys: { count: 3, prefix: 'user-' },
      },
    ],
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.value
}

describe("the broker's clock in a differential replay", () => {
  it('finds a segment that time retention deletes if the replay takes a minute longer', () => {
    const config = { 'cleanup.policy': 'delete', 'segment.ms': 60_000, 'retention.ms': 185_000 }
    // The scenario the suite used to run: at the end the next segment expires 65 s later.
    expect(clockSensitiveDecisions(scenario(config), 0)).toEqual([])
    const problems = clockSensitiveDecisions(scenario(config), 120_000)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems[0]).toMatch(
      /^views\[0\] segment \d+: its newest record \(480000 ms\) passes retention\.ms at 665000 ms/,
    )
  })

  it('finds a dirty segment that min.compaction.lag.ms lets go between the two clocks', () => {
    const config = {
      'cleanup.policy': 'compact',
      'segment.ms': 60_000,
      'min.compaction.lag.ms': 100_000,
      'min.cleanable.dirty.ratio': 0.01,
    }
    const problems = clockSensitiveDecisions(scenario(config), 60_000)
    expect(problems.join('\n')).toMatch(/passes min\.compaction\.lag\.ms/)
  })

  it('finds a delete.retention.ms that is neither 0 nor longer than the replay', () => {
    const problems = clockSensitiveDecisions(
      scenario({ 'cleanup.policy': 'compact', 'delete.retention.ms': 60_000 }),
      1000,
    )
    expect(problems).toEqual([
      "views: delete.retention.ms 60000 is neither 0 nor longer than the scenario and the replay: a tombstone's horizon passes between the simulator's passes but not between the broker's",
    ])
  })

  it('passes every committed differential scenario for the real time a replay may take', () => {
    const files = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json'))
    expect(files.length).toBeGreaterThanOrEqual(4)
    for (const file of files) {
      const parsed = parseScenarioJson(readFileSync(join(SCENARIO_DIR, file), 'utf8'))
      if (!parsed.ok) throw new Error(`${file} does not parse`)
      expect([
        file,
        clockSensitiveDecisions(parsed.value, DIFFERENTIAL_REAL_TIME_BOUND_MS),
      ]).toEqual([file, []])
    }
  })
})
