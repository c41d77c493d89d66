/**
 * Golden scenarios: each `__golden__/NN-name.json` runs headless and its world at named times must
 * equal `NN-name.expected.json`. On a mismatch the actual result is written beside it as
 * `NN-name.changed.json` for review; `UPDATE_GOLDEN=1` rewrites the expected files (review every change).
 * Goldens from 29 on check named claims instead (`NN-name.claims.json`, goldenClaims.test.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenarioJson } from '../scenario/parse'
import { describeProblems } from '../scenario/problems'
import { createTimeline, snapshotWorld } from '../sim'

const dir = join(import.meta.dirname, '__golden__')
// A golden with claims instead (goldenClaims.test.ts) has no whole-world expected file.
const scenarios = readdirSync(dir).filter(
  (f) => /^\d\d-[\w-]+\.json$/.test(f) && existsSync(join(dir, expectedName(f))),
)

function expectedName(scenarioFile: string): string {
  return scenarioFile.replace(/\.json$/, '.expected.json')
}

interface Expected {
  readonly times: Record<string, unknown>
}

describe('golden scenarios', () => {
  it.each(scenarios)('%s', (file) => {
    const parsed = parseScenarioJson(readFileSync(join(dir, file), 'utf8'))
    if (!parsed.ok) throw new Error(describeProblems(parsed.problems))
    const expectedPath = join(dir, expectedName(file))
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected
    const timeline = createTimeline(parsed.value)
    const actual: Expected = {
      times: Object.fromEntries(
        Object.keys(expected.times).map((t) => [t, snapshotWorld(timeline.worldAt(Number(t)))]),
      ),
    }
    const text = JSON.stringify(actual, null, 2) + '\n'
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(expectedPath, text)
    else if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      writeFileSync(expectedPath.replace('.expected.json', '.changed.json'), text)
    }
    expect(JSON.parse(text)).toEqual(
      process.env['UPDATE_GOLDEN'] === '1' ? JSON.parse(text) : expected,
    )
  })
})
