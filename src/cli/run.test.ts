import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isolate } from '../sim'

const GOLDEN_11 = 'src/cli/__golden__/11-delete-records-and-reset.json'

/** Runs the runner as `npm run sim` does: the bundled build, rebuilt when the sources changed. */
function runCli(args: readonly string[]) {
  const result = spawnSync(process.execPath, ['scripts/sim.mjs', ...args], { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('the headless runner', () => {
  it('prints the world at a time as JSON', () => {
    const { status, stdout } = runCli(['scenarios/default.json', '--at', '30000'])
    expect(status).toBe(0)
    const snapshot = JSON.parse(stdout) as { time: number; topics: { name: string }[] }
    expect(snapshot.time).toBe(30000)
    expect(snapshot.topics.map((t) => t.name)).toEqual(['user-profiles', 'page-views'])
  })

  it('prints one JSON line per time for several times, from one simulation', () => {
    const { status, stdout } = runCli(['scenarios/default.json', '--at', '5000,1000,2000'])
    expect(status).toBe(0)
    expect(jsonLines(stdout).map((s) => s['time'])).toEqual([1000, 2000, 5000])
  })

  it('prints the world right after a scenario action, before the next one at the same time', () => {
    const { status, stdout } = runCli([GOLDEN_11, '--after-action', '9,10', '--at', '11'])
    expect(status).toBe(0)
    const lines = jsonLines(stdout) as {
      afterAction?: number
      time: number
      consumers: { name: string; position: number }[]
    }[]
    expect(lines.map((l) => [l.afterAction, l.time])).toEqual([
      [9, 11],
      [10, 11],
      [undefined, 11],
    ])
    // Action 9 is early's fetch (reset to 3, receives 3 and 4); late and strict have not fetched.
    expect(lines[0]?.consumers.map((c) => c.position)).toEqual([5, 1, 1])
    expect(lines[1]?.consumers.map((c) => c.position)).toEqual([5, 5, 1])
  })

  it('prints events with their narration and the index of the action behind them', () => {
    const { status, stdout } = runCli([GOLDEN_11, '--at', '11', '--events'])
    expect(status).toBe(0)
    const events = jsonLines(stdout)
    expect(events[0]).toMatchObject({ type: 'record.appended', actionIndex: 0 })
    expect(events[0]?.['text']).toMatch(/appended to t-0 at offset 0/)
    expect(events.filter((e) => e['type'] === 'consumer.fetched')).toEqual([
      expect.objectContaining({ consumer: 'early', offsets: [3, 4], actionIndex: 9 }),
      expect.objectContaining({ consumer: 'late', offsets: [], actionIndex: 10 }),
    ])
  })

  it('ends quietly when its reader closes early', () => {
    const result = spawnSync(
      'bash',
      ['-c', 'set -o pipefail; node scripts/sim.mjs scenarios/default.json --events | head -c 100'],
      { encoding: 'utf8' },
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toHaveLength(100)
  })

  it('exits with 2 and one line naming the problem for a bad scenario', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rewind-lab-'))
    const file = join(dir, 'bad.json')
    writeFileSync(
      file,
      JSON.stringify({ version: 1, durationMs: 5, topics: [{ name: 'a', partitions: 0 }] }),
    )
    const { status, stderr } = runCli([file])
    expect(status).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([
      `error: ${file}: topics[0].partitions: must be at least 1`,
    ])
  })

  it('exits with 2 for a missing file, an action it does not have, or a time after the end', () => {
    expect(runCli(['does-not-exist.json']).stderr).toMatch(
      /^error: cannot read does-not-exist.json/,
    )
    const noAction = runCli([GOLDEN_11, '--after-action', '13'])
    expect([noAction.status, noAction.stderr]).toEqual([
      2,
      'error: --after-action 13: the scenario has 13 actions (0 to 12)\n',
    ])
    const late = runCli([GOLDEN_11, '--at', '10,100001'])
    expect([late.status, late.stderr]).toEqual([
      2,
      'error: --at 100001 is after the end of the scenario (durationMs 100000)\n',
    ])
  })

  it('refuses a scenario over the work budget as the browser does, naming what is expensive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rewind-lab-'))
    const file = join(dir, 'polls.json')
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        durationMs: 3 * 3_600_000,
        topics: [{ name: 'orders' }],
        consumers: [{ name: 'eager', topic: 'orders', pollIntervalMs: 1 }],
      }),
    )
    const { status, stderr } = runCli([file])
    expect(status).toBe(2)
    // The consumer's name is the user's text, isolated in the sentence as everywhere.
    expect(stderr).toMatch(
      new RegExp(`consumer "${isolate('eager')}" polling every 1 ms for 3 h.*raise pollIntervalMs`),
    )
  })
})
