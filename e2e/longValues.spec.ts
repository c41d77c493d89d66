import type { Locator } from '@playwright/test'
import { parseScenario } from '../src/scenario/parse'
import type { Scenario } from '../src/scenario/schema'
import { isolate } from '../src/sim'
import { expect, test } from './fixtures'
import { openListing, openScenario, partitionLog } from './helpers'

/** Values are never cut off without a way to read them in full (issue 12). */
const LONG_KEY = 'customer-with-a-rather-long-identifier-0'
const LONG_VALUE = `{"name":"Ada Lovelace","address":"${'Long Street '.repeat(12)}","city":"London"}`

function longValues(): Scenario {
  const parsed = parseScenario({
    version: 1,
    name: 'Long values',
    durationMs: 20_000,
    topics: [{ name: 'profiles', config: { 'cleanup.policy': 'compact' } }],
    jobs: [
      {
        'job.name': 'profile-table',
        processor: { type: 'latest' },
        inputs: ['profiles'],
        store: 'profiles-by-id',
        changelog: 'profile-table-changelog',
        output: 'profile-latest',
      },
    ],
    actions: [
      {
        type: 'produce',
        at: 1000,
        topic: 'profiles',
        records: [
          { key: LONG_KEY, value: LONG_VALUE },
          { key: 'short', value: 'Ada' },
        ],
      },
    ],
  })
  if (!parsed.ok) throw new Error(`the test scenario does not parse: ${JSON.stringify(parsed)}`)
  return parsed.value
}

/** Whether the element shows all of its text: nothing in it is hidden past a right edge. */
async function shownWhole(text: Locator): Promise<boolean> {
  return text.evaluate((el) =>
    [el, ...el.querySelectorAll('*')].every((part) => part.scrollWidth <= part.clientWidth),
  )
}

test('a key or value cut short in the listing has "more", which shows it in full', async ({
  page,
}) => {
  await openScenario(page, longValues(), 10_000)
  await openListing(page)
  const log = partitionLog(page)
  const more = log.getByRole('button', { name: 'Show more of offset 0' })
  await expect(more).toHaveAttribute('aria-expanded', 'false')
  // A short key and value fit their columns: nothing to expand.
  await expect(log.getByRole('row', { name: /^1 short Ada/ })).toBeVisible()
  await expect(log.getByRole('button', { name: 'Show more of offset 1' })).toHaveCount(0)

  await more.click()
  const less = log.getByRole('button', { name: 'Show less of offset 0' })
  await expect(less).toHaveAttribute('aria-expanded', 'true')
  const whole = log.locator(`#${(await less.getAttribute('aria-controls'))!}`)
  await expect(whole.getByRole('definition')).toHaveText([LONG_KEY, LONG_VALUE])
  for (const text of await whole.getByRole('definition').all()) {
    expect(await shownWhole(text)).toBe(true)
  }
  await less.click()
  await expect(whole).toHaveCount(0)
  await expect(more).toBeVisible()
})

test('the inspector, the store and the output show a long key and value whole', async ({
  page,
}) => {
  await openScenario(page, longValues(), 10_000)
  await openListing(page)
  await partitionLog(page).getByRole('button', { name: '0', exact: true }).click()
  const inspector = page.getByRole('region', { name: /^Offset 0/ })
  const fields = inspector.getByRole('definition')
  await expect(fields.nth(0)).toHaveText(LONG_KEY)
  await expect(fields.nth(1)).toHaveText(LONG_VALUE)
  // Each wraps inside the panel, which keeps to its column: nothing is past the panel's edge.
  const panel = (await inspector.boundingBox())!
  expect(panel.x + panel.width).toBeLessThanOrEqual(page.viewportSize()!.width)
  for (const field of [fields.nth(0), fields.nth(1)]) {
    expect(await shownWhole(field)).toBe(true)
    const box = (await field.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width)
  }

  const store = page.getByRole('region', { name: /^State store/ })
  const storeRow = store.getByRole('row', { name: new RegExp(`^${LONG_KEY}`) })
  await expect(storeRow.getByRole('cell')).toHaveText(LONG_VALUE)
  expect(await shownWhole(storeRow.getByRole('cell'))).toBe(true)
  const outputs = page.getByRole('region', { name: 'Job outputs' })
  const outputRow = outputs.getByRole('row', { name: new RegExp(`^${LONG_KEY}`) })
  await expect(outputRow.getByRole('cell').first()).toHaveText(LONG_VALUE)
  expect(await shownWhole(outputRow.getByRole('cell').first())).toBe(true)
})

test("the stage's job box cuts a long store entry to its edge; the entry's tooltip holds it whole", async ({
  page,
}) => {
  await openScenario(page, longValues(), 10_000)
  const job = page.locator('.stage .stage-job[data-job="profile-table_1"]')
  const entry = job.locator('[data-store]').filter({ hasText: 'customer' }).locator('text')
  await expect(entry).toHaveCount(1)
  await expect(entry.locator('title')).toHaveText(`${isolate(LONG_KEY)} → ${isolate(LONG_VALUE)}`)
  const box = (await job.locator('.stage-job__box').boundingBox())!
  const printed = (await entry.boundingBox())!
  expect(printed.x + printed.width).toBeLessThanOrEqual(box.x + box.width)
  // What is printed starts as the entry does and is cut with "…".
  const shown = await entry.evaluate((text) =>
    [...text.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .replace(/[\u2066-\u2069]/g, ''),
  )
  expect(shown).toMatch(/^custom.*…$/)
})
