import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { branchDiffAt } from '../src/derive/branchDiff'
import { branchScenario, forkScenario } from '../src/scenario/branches'
import { defaultScenario } from '../src/scenario/builtin'
import { encodeLink } from '../src/scenario/link/fragment'
import { parseScenarioJson } from '../src/scenario/parse'
import { branchStage, forkWithOneRecordInB } from './branchHelpers'
import { expect, test } from './fixtures'
import { openScenario, timeSlider } from './helpers'

/** The figures the stage of branch `side` reads out: every lane's log start and log end. */
async function stageFigures(page: Page, side: 'A' | 'B'): Promise<string> {
  const label = await branchStage(page, side)
    .getByRole('img', { name: /^The stage/ })
    .getAttribute('aria-label')
  return label ?? ''
}

/** The log end offset of `lane` in a stage's read-out. */
function logEnd(figures: string, lane: string): number {
  const match = new RegExp(`${lane} \\(log start \\d+, log end (\\d+)\\)`).exec(figures)
  if (match === null) throw new Error(`no lane ${lane} in “${figures}”`)
  return Number(match[1])
}

test('fork at the cursor, act on B, see both, scrub, share, and open the same two worlds', async ({
  page,
  context,
}) => {
  // A long flow (two worlds prepared, then opened again from a link): three times the usual limit.
  test.slow()
  await openScenario(page, defaultScenario, 30_000)
  await page.getByRole('button', { name: 'Branch from here' }).click()
  await expect(page.getByText('Two branches, forked at')).toContainText('30 s')
  await expect(branchStage(page, 'A')).toBeVisible()
  await expect(branchStage(page, 'B')).toBeVisible()
  await expect(page.getByTestId('divergence')).toContainText('have not diverged')

  // B gets a name and an action of its own: one more record, produced at the fork.
  await page.getByRole('button', { name: 'B', exact: true }).click()
  await page.getByRole('textbox', { name: 'Name of branch B' }).fill('one more record')
  await page.getByRole('textbox', { name: 'Name of branch B' }).press('Enter')
  await expect(page.getByRole('button', { name: 'B · one more record' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.getByLabel('Key', { exact: true }).fill('carol')
  await page.getByLabel('Value', { exact: true }).fill('only in B')
  await page.getByRole('button', { name: /^Do it at/ }).click()
  await expect(page.getByText('Scenario actions (1)')).toBeVisible()

  const lane = `${defaultScenario.topics[0]!.name}-0`
  await expect(page.getByTestId('divergence')).toContainText('first differ at 30 s')
  await expect(page.getByTestId('divergence')).toContainText('A has no action there')
  await expect(page.getByTestId('branch-summary-b')).toContainText('1 record outlined')
  await expect(page.getByRole('table', { name: 'Partitions in A and B' })).toContainText(
    `${lane}different`,
  )
  await expect(page.getByTestId('divergence-mark')).toBeAttached()
  const atFork = [await stageFigures(page, 'A'), await stageFigures(page, 'B')]
  expect(logEnd(atFork[1]!, lane)).toBe(logEnd(atFork[0]!, lane) + 1)
  await branchStage(page, 'A').scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('branches-after-acting.png') })

  // A is the scenario as it was: no action of its own.
  await page.getByRole('button', { name: 'A', exact: true }).click()
  await expect(page.getByText(/^Scenario actions/)).toHaveCount(0)

  // One cursor: scrubbing to the end moves both worlds.
  await timeSlider(page).focus()
  await page.keyboard.press('End')
  await expect(timeSlider(page)).toHaveAttribute(
    'aria-valuenow',
    String(defaultScenario.durationMs),
  )
  await expect.poll(() => stageFigures(page, 'A')).not.toBe(atFork[0])
  const atEnd = [await stageFigures(page, 'A'), await stageFigures(page, 'B')]
  expect(logEnd(atEnd[1]!, lane)).toBe(logEnd(atEnd[0]!, lane) + 1)
  const divergence = (await page.getByTestId('divergence').textContent()) ?? ''

  // The link holds both branches; a fresh page opens the same two worlds at the same time.
  await page.getByRole('button', { name: 'Copy link' }).click()
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
  const fresh = await context.newPage()
  await fresh.goto(url)
  await expect(fresh.getByRole('button', { name: 'B · one more record' })).toBeVisible()
  await expect(timeSlider(fresh)).toHaveAttribute(
    'aria-valuenow',
    String(defaultScenario.durationMs),
  )
  await expect.poll(() => stageFigures(fresh, 'A')).toBe(atEnd[0])
  await expect.poll(() => stageFigures(fresh, 'B')).toBe(atEnd[1])
  await expect(fresh.getByTestId('divergence')).toHaveText(divergence)
  await fresh.screenshot({ path: test.info().outputPath('branches-opened-from-link.png') })
})

test('a file with two branches opens both, side by side', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Scenario file to import').setInputFiles({
    name: 'rewind-branches.json',
    mimeType: 'application/json',
    buffer: readFileSync('scenarios/rewind-branches.json'),
  })
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toContainText(
    'rewind-branches.json',
  )
  await expect(page.getByRole('button', { name: 'A · simple rewind' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'B · parallel rewind' })).toBeVisible()
  await expect(branchStage(page, 'B')).toBeVisible()
  await expect(page.getByTestId('divergence')).toContainText('first differ at')
})

/** The branch the saved draft selects (A when it names none). */
function draftSelected(page: Page): Promise<string> {
  return page.evaluate(() => {
    const draft = JSON.parse(localStorage.getItem('rewindlab:draft') ?? '{}') as {
      branches?: { selected?: string }
    }
    return draft.branches?.selected ?? 'a'
  })
}

test('the branch on screen travels: a link and the draft open with B selected, as shared', async ({
  page,
  context,
}) => {
  // A long flow (two worlds prepared, then opened again from a link): three times the usual limit.
  test.slow()
  await forkWithOneRecordInB(page)
  const selectedB = (shown: Page) =>
    expect(shown.getByRole('button', { name: 'B', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  await selectedB(page)
  await expect.poll(() => draftSelected(page)).toBe('b')

  await page.getByRole('button', { name: 'Copy link' }).click()
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
  const fromLink = await context.newPage()
  await fromLink.goto(url)
  await selectedB(fromLink)
  await expect(fromLink.getByText('Scenario actions (1)')).toBeVisible()
  await expect(branchStage(fromLink, 'B')).toContainText('actions act here')

  // The saved draft (no link in the address) opens the same way.
  const fromDraft = await context.newPage()
  await fromDraft.goto('/')
  await selectedB(fromDraft)
  await expect(fromDraft.getByText('Scenario actions (1)')).toBeVisible()

  // Picking A again is kept too: the draft follows the branch on screen.
  await page.getByRole('button', { name: 'A', exact: true }).click()
  await expect(page.getByText(/^Scenario actions/)).toHaveCount(0)
  await expect.poll(() => draftSelected(page)).toBe('a')
  const again = await context.newPage()
  await again.goto('/')
  await expect(again.getByRole('button', { name: 'A', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
})

test('a long list of differing store values folds, and shows all on demand', async ({ page }) => {
  const parsed = parseScenarioJson(readFileSync('scenarios/parallel-rewind.json', 'utf8'))
  if (!parsed.ok) throw new Error('scenarios/parallel-rewind.json does not parse')
  const producers = parsed.value.producers.map((p) => ({
    ...p,
    recordsPerSecond: 40,
    keys: { count: 200, prefix: 'page-', pick: 'sequential' as const },
  }))
  // B stops the live job at 20 s; A keeps counting, so every key's count differs at 60 s.
  const branched = forkScenario({ ...parsed.value, producers }, 20_000)
  const stop = { type: 'job.stop', at: 20_001, job: 'page-counter_1' } as const
  const branches = { ...branched.branches, b: { ...branched.branches.b, actions: [stop] } }
  const diff = branchDiffAt(
    branchScenario({ ...branched, branches }, 'a'),
    branchScenario({ ...branched, branches }, 'b'),
    60_000,
  )
  const differing = diff.stores.reduce((n, store) => n + store.entries.length, 0)
  expect(differing).toBeGreaterThan(100)
  await page.goto(
    `/#${await encodeLink({ scenario: branched.scenario, branches, cursorMs: 60_000, view: 'log' })}`,
  )

  const table = page.getByRole('table', { name: 'Store values in A and B' })
  const valueRows = table.getByRole('row').filter({ has: page.getByRole('rowheader') })
  const more = table.getByRole('row').filter({ hasText: /more differing store values not shown/ })
  const hidden = Number((await more.innerText()).match(/(\d+) more/)![1])
  expect((await valueRows.count()) + hidden).toBe(differing)
  expect(await valueRows.count()).toBeLessThan(differing / 2)

  await more.getByRole('button', { name: `Show all ${differing}` }).click()
  await expect(valueRows).toHaveCount(differing)
  await table.getByRole('button', { name: /^Show the first \d+ only$/ }).click()
  await expect(valueRows).toHaveCount(differing - hidden)
})
