import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseScenarioJson } from '../scenario/parse'
import { describeProblems } from '../scenario/problems'
import { DIFFERENTIAL_REAL_TIME_BOUND_MS, clockSensitiveDecisions } from './replay/clockMargins'
import { runDifferential } from './replay/differential'
import { newRunId } from './replay/names'
import { connectToTestBroker } from './testBroker'

const SCENARIO_DIR = resolve(import.meta.dirname, '../../kafka/scenarios')
const { cluster, dataDir } = connectToTestBroker('rewindlab-differential')

afterAll(async () => {
  await cluster.close()
})

describe('the simulator against a real Kafka broker', () => {
  for (const file of readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    it(`agrees on ${file}`, { timeout: DIFFERENTIAL_REAL_TIME_BOUND_MS }, async () => {
      const parsed = parseScenarioJson(readFileSync(join(SCENARIO_DIR, file), 'utf8'))
      if (!parsed.ok) throw new Error(`${file}: ${describeProblems(parsed.problems)}`)
      expect(clockSensitiveDecisions(parsed.value, DIFFERENTIAL_REAL_TIME_BOUND_MS)).toEqual([])
      const result = await runDifferential(cluster, parsed.value, {
        dataDir,
        settleTimeoutMs: 20_000,
        target: 'test-broker',
        timeFactor: null,
        stepSettleTimeoutMs: 20_000,
        cleanup: true,
        runId: newRunId(Date.now(), Math.random),
      })
      expect(result.differences).toEqual([])
      // The comparison is not vacuous: the broker holds records and the consumers polled.
      expect(result.real.some((p) => p.records.length > 0)).toBe(true)
      expect(result.realPolls.length).toBe(result.simulatedPolls.length)
    })
  }
})
