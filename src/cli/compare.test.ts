/**
 * `--compare` through the runner as `npm run sim` runs it: the two branches of
 * `scenarios/rewind-branches.json` against a committed golden (`UPDATE_GOLDEN=1` rewrites it; review
 * every change), and two plain files.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const golden = join(import.meta.dirname, '__golden__', 'compare', 'rewind-branches.expected.json')

function runCli(args: readonly string[]) {
  const result = spawnSync(process.execPath, ['scripts/sim.mjs', ...args], { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the runner’s --compare', () => {
  it('prints the divergence and differences of a file’s two branches (golden)', () => {
    const { status, stdout } = runCli([
      '--compare',
      'scenarios/rewind-branches.json',
      '--at',
      '60000',
    ])
    expect(status).toBe(0)
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, stdout)
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(golden, 'utf8')))
  })

  it('compares two files; a run without its cleanup diverges at the first cleanup action', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rewind-compare-'))
    const scenario = JSON.parse(readFileSync('scenarios/parallel-rewind.json', 'utf8')) as object
    const file = join(dir, 'no-cleanup.json')
    writeFileSync(file, JSON.stringify({ ...scenario, actions: [] }))
    const { status, stdout } = runCli(['--compare', 'scenarios/parallel-rewind.json', file])
    expect(status).toBe(0)
    const report = JSON.parse(stdout) as {
      at: number
      divergence: { time: number; input: { kind: string; index: number } }
      differences: { jobs: unknown[] }
    }
    expect(report.at).toBe(90_000)
    expect(report.divergence).toMatchObject({ time: 70_000, input: { kind: 'action', index: 0 } })
    expect(report.differences.jobs).toEqual([
      { job: 'page-counter_1', status: { a: 'decommissioned', b: 'running' } },
    ])
  })

  it('refuses what it cannot compare, naming why', () => {
    for (const [args, message] of [
      [['--compare', 'scenarios/default.json'], /has no branches: give a second scenario file/],
      [
        ['--compare', 'scenarios/rewind-branches.json', 'scenarios/default.json'],
        /holds two branches: compare them on their own/,
      ],
      [['--compare', 'scenarios/rewind-branches.json', '--at', '99999999'], /after the end/],
      [['scenarios/rewind-branches.json'], /holds two branches: compare them with --compare/],
    ] as const) {
      const { status, stderr } = runCli(args)
      expect(status).toBe(2)
      expect(stderr).toMatch(message)
    }
  })
})
