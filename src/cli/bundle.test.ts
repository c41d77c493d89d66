/** The bundled runner that `npm run sim` uses stays in step with the TypeScript sources. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundleIsCurrent, bundlePaths, buildRunnerBundle } from '../../scripts/runnerBundle.mjs'

const ARGS = ['src/cli/__golden__/11-delete-records-and-reset.json', '--at', '12', '--events']

describe('the bundled runner', () => {
  it('is built from every source file the runner imports, and prints what the sources print', async () => {
    const paths = bundlePaths(mkdtempSync(join(tmpdir(), 'rewind-lab-bundle-')))
    expect(bundleIsCurrent(paths)).toBe(false)
    await buildRunnerBundle(paths)
    expect(bundleIsCurrent(paths)).toBe(true)
    const meta = JSON.parse(readFileSync(paths.meta, 'utf8')) as { inputs: string[] }
    expect(meta.inputs).toEqual(
      expect.arrayContaining(['src/cli/run.ts', 'src/sim/engine.ts', 'src/scenario/parse.ts']),
    )
    const bundled = spawnSync(process.execPath, [paths.bundle, ...ARGS], { encoding: 'utf8' })
    const fromSource = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...ARGS], {
      encoding: 'utf8',
    })
    expect(bundled.stdout.split('\n').length).toBeGreaterThan(10)
    expect(bundled.stdout).toBe(fromSource.stdout)
  })
})
