import { readFileSync } from 'node:fs'
import type { Locator } from '@playwright/test'
import { encodeLink } from '../src/scenario/link/fragment'
import { parseScenarioJson } from '../src/scenario/parse'
import { expect, test } from './fixtures'
import { openDrawer } from './helpers'

const parsed = parseScenarioJson(readFileSync('scenarios/parallel-rewind.json', 'utf8'))
if (!parsed.ok) throw new Error('scenarios/parallel-rewind.json does not parse')
const scenario = parsed.value

/** The rewound job's job.properties: a new job.id, reading from the oldest offset, a new changelog. */
async function expectRewoundJobProperties(panel: Locator): Promise<void> {
  const job2 = panel.locator('details').filter({ hasText: 'Samza job page-counter_2' })
  await job2.locator('summary').click()
  const properties = job2.getByRole('figure', { name: 'page-counter_2.properties' })
  await expect(properties).toContainText('job.id=2')
  await expect(properties).toContainText('systems.kafka.default.stream.samza.offset.default=oldest')
  await expect(properties).toContainText('stores.counts.changelog=kafka.page-counter-changelog-v2')
}

test('the real-world panel shows the parallel rewind’s config and commands, and copies them', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  // At 75 s the old job has just been decommissioned (at 70 s).
  await page.goto(`/#${await encodeLink({ scenario, cursorMs: 75_000, view: 'log' })}`)
  await openDrawer(page, 'In the real world')
  const panel = page.locator('.real-world')

  await expectRewoundJobProperties(panel)

  // The cursor's step is the decommission: open, marked, with the cleanup commands.
  const current = panel.locator('details[aria-current="step"]')
  await expect(current).toHaveAttribute('open', '')
  await expect(current).toContainText('Shut down page-counter_1')
  const cleanup =
    'kafka-topics.sh --bootstrap-server localhost:9092 --delete --topic __samza_checkpoint_ver_1_for_page-counter_1'
  await expect(current).toContainText(cleanup)
  await expect(
    panel.locator('details').filter({ hasText: 'Delete topic page-counts' }),
  ).toContainText('later')

  await current.getByRole('button', { name: 'Copy Shell' }).click()
  await expect(current.getByRole('status')).toHaveText('Copied')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain(cleanup)
  expect(copied.split('\n')[0]).toBe('kill-yarn-job-by-name.sh page-counter_1')

  // The comparison with Kafka's own tools carries the caveat that they do nothing to Samza.
  const compare = panel.locator('details').filter({ hasText: 'For comparison' })
  await compare.locator('summary').click()
  await expect(compare).toContainText('application.id=page-counter-v2')
})

test('the simplifications drawer names where the simulator differs from a real cluster', async ({
  page,
}) => {
  await page.goto('/')
  await openDrawer(page, 'What this simulator simplifies')
  const panel = page.locator('.simplifications')
  await expect(panel.getByRole('heading', { name: 'Samza jobs' })).toBeVisible()
  await expect(panel.getByText(/Replication is instant/)).toBeVisible()
})

test('the parallel-rewind lesson’s real-world panel gives the second job’s properties and the old job’s cleanup', async ({
  page,
}) => {
  // Step 7 is at 51 s, just after page-counter_1 is decommissioned (50 s).
  await page.goto('/#lesson=parallel-rewind&step=7')
  await expect(page.getByText('Step 7 of 7')).toBeVisible()
  await openDrawer(page, 'In the real world')
  const panel = page.locator('.real-world')

  await expectRewoundJobProperties(panel)

  const current = panel.locator('details[aria-current="step"]')
  await expect(current).toContainText('Shut down page-counter_1')
  await expect(current).toContainText('kill-yarn-job-by-name.sh page-counter_1')
  for (const topic of ['__samza_checkpoint_ver_1_for_page-counter_1', 'page-counter-changelog'])
    await expect(current).toContainText(
      `kafka-topics.sh --bootstrap-server localhost:9092 --delete --topic ${topic}\n`,
    )

  const compare = panel
    .locator('details')
    .filter({ hasText: 'For comparison: the parallel rewind page-counter_2 with Kafka Streams' })
  await compare.locator('summary').click()
  await expect(compare).toContainText('application.id=page-counter-v2')
  await expect(compare).toContainText('A new application.id gives the app a new consumer group')
})

test('the drawers appear only once the panels above them are in, so a first click on one is never moved away', async ({
  page,
}) => {
  // Hold the panels' code; a press on a drawer's heading while they arrived used to land, and the
  // release 2,000 px lower, on a jobs panel: the click was lost.
  const held: (() => void)[] = []
  let holding = true
  await page.route(
    /\/assets\/(JobsPanel|StoreView|OutputsView|ActionPanel|ChartsPanel)-/,
    (route) => {
      if (!holding) return route.continue()
      held.push(() => void route.continue())
    },
  )
  await page.goto(`/#${await encodeLink({ scenario, cursorMs: 45_000, view: 'log' })}`)
  await expect(page.getByText('Loading views…')).toBeVisible()
  await expect(page.locator('details.drawer')).toHaveCount(0)

  holding = false
  for (const release of held.splice(0)) release()
  await expect(page.locator('.jobs')).toBeVisible()
  await openDrawer(page, 'In the real world')
  await expect(page.locator('.real-world')).toBeVisible()
})
