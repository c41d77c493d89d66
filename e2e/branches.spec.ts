import { readFileSync } from 'node:fs'
import { forkScenario, withBranchAction } from '../src/scenario/branches'
import { defaultScenario } from '../src/scenario/builtin'
import { encodeLink } from '../src/scenario/link/fragment'
import { expect, test } from './fixtures'

/** The default scenario forked at 30 s; A runs the cleaner at 40 s, B has no action of its own. */
async function branchedFragment(): Promise<string> {
  const forked = forkScenario(defaultScenario, 30_000, { a: 'cleaner at 40 s', b: 'left alone' })
  const acted = withBranchAction(forked, 'a', { type: 'cleaner.run', at: 40_000 })
  if (!acted.ok) throw new Error('the cleaner run should be accepted')
  return encodeLink({ ...acted.value, cursorMs: 45_000, view: 'log' })
}

test('a link with two branches opens branch A exactly and names both branches', async ({
  page,
}) => {
  await page.goto(`/#${await branchedFragment()}`)
  await expect(page.getByRole('status').filter({ hasText: 'two branches' })).toContainText(
    'two branches, “cleaner at 40 s” and “left alone”, forked at 30 s',
  )
  await expect(page.getByText('Scenario actions (1)')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('branched-link.png') })
})

test('a file with two branches imports as branch A, with the same notice', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Scenario file to import').setInputFiles({
    name: 'rewind-branches.json',
    mimeType: 'application/json',
    buffer: readFileSync('scenarios/rewind-branches.json'),
  })
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toContainText(
    'two branches, “simple rewind” and “parallel rewind”',
  )
  await expect(page.getByText('Scenario actions (3)')).toBeVisible()
})
