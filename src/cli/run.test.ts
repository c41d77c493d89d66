import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

function runCli(args: readonly string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args], {
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the headless runner', () => {
  it('prints the world at a time as JSON', () => {
    const { status, stdout } = runCli(['scenarios/default.json', '--at', '30000'])
    expect(status).toBe(0)
    const snapshot = JSON.parse(stdout) as { time: number; topics: { name: string }[] }
    expect(snapshot.time).toBe(30000)
    expect(snapshot.topics.map((t) => t.name)).toEqual(['user-profiles', 'page-views'])
  })

  it('prints events with their narration, one JSON object per line', () => {
    const { status, stdout } = runCli(['scenarios/default.json', '--at', '1000', '--events'])
    expect(status).toBe(0)
    const first = JSON.parse(stdout.split('\n')[0] ?? '') as { type: string; text: string }
    expect(first.type).toBe('record.appended')
    expect(first.text).toMatch(/appended to user-profiles-0 at offset 0/)
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

  it('exits with 2 for a missing file', () => {
    const { status, stderr } = runCli(['does-not-exist.json'])
    expect(status).toBe(2)
    expect(stderr).toMatch(/^error: cannot read does-not-exist.json/)
  })
})
